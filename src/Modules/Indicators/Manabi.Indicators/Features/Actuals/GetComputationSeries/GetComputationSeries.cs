using Manabi.BuildingBlocks.Contracts;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals.GetComputationSeries;

/// <summary>What one computation counted, year by year, whichever plan uses it (or none does).</summary>
/// <param name="Computation">The computation.</param>
/// <param name="Years">Each fiscal year it counted anything in, in order.</param>
public sealed record ComputationSeries(Computation Computation, IReadOnlyList<ComputationYear> Years);

/// <summary>One fiscal year of a computation.</summary>
/// <param name="FiscalYear">By its starting calendar year (2026 = April 2026 – March 2027).</param>
/// <param name="Value">What the year's items add up to (for a share: its positive items).</param>
/// <param name="Items">How many items count in the year.</param>
/// <param name="Cumulative">The values up to the end of the year.</param>
public sealed record ComputationYear(int FiscalYear, decimal Value, int Items, decimal Cumulative)
{
    /// <summary>The year as people read it: 「2026年度（令和8年度）」.</summary>
    public string FiscalYearName => new FiscalYear(FiscalYear).JapaneseName;
}

internal sealed record GetComputationSeriesQuery(Computation Computation) : IQuery<ComputationSeries>;

internal sealed class GetComputationSeriesHandler(IndicatorsDbContext db) : IQueryHandler<GetComputationSeriesQuery, ComputationSeries>
{
    public async ValueTask<ComputationSeries> Handle(GetComputationSeriesQuery q, CancellationToken cancellationToken)
    {
        var counters = await db.Counters.AsNoTracking().Where(c => c.Computation == q.Computation && (c.Items != 0 || c.Value != 0))
            .OrderBy(c => c.FiscalYear).ToListAsync(cancellationToken);
        var cumulative = 0m;
        return new(q.Computation, counters.ConvertAll(c => new ComputationYear(c.FiscalYear, c.Value, c.Items, cumulative += c.Value)));
    }
}
