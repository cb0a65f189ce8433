using Manabi.BuildingBlocks.Contracts;
using Manabi.Indicators.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.ProviderRegistrations.GetProvidersByFiscalYear;

/// <summary>Providers that joined the catalog in one fiscal year.</summary>
/// <param name="FiscalYear">Fiscal year by its starting calendar year (2026 = April 2026 – March 2027).</param>
/// <param name="ProvidersRegistered">Providers registered during that year.</param>
/// <param name="CumulativeProviders">Providers registered up to the end of that year.</param>
public sealed record ProvidersInFiscalYear(int FiscalYear, int ProvidersRegistered, int CumulativeProviders)
{
    /// <summary>The year as people read it: 「2026年度（令和8年度）」.</summary>
    public string FiscalYearName => new FiscalYear(FiscalYear).JapaneseName;
}

internal sealed record GetProvidersByFiscalYearQuery : IQuery<IReadOnlyList<ProvidersInFiscalYear>>;

internal sealed class GetProvidersByFiscalYearHandler(IndicatorsDbContext db)
    : IQueryHandler<GetProvidersByFiscalYearQuery, IReadOnlyList<ProvidersInFiscalYear>>
{
    public async ValueTask<IReadOnlyList<ProvidersInFiscalYear>> Handle(GetProvidersByFiscalYearQuery query, CancellationToken cancellationToken)
    {
        var perYear = await db.ProviderRegistrations.AsNoTracking()
            .GroupBy(r => r.FiscalYear)
            .Select(g => new { FiscalYear = g.Key, Count = g.Count() })
            .OrderBy(x => x.FiscalYear)
            .ToListAsync(cancellationToken);
        var cumulative = 0;
        return perYear.ConvertAll(y => new ProvidersInFiscalYear(y.FiscalYear, y.Count, cumulative += y.Count));
    }
}
