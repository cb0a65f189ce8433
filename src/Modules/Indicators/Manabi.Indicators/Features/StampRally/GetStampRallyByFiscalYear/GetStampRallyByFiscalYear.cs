using Manabi.BuildingBlocks.Contracts;
using Manabi.Indicators.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.StampRally.GetStampRallyByFiscalYear;

/// <summary>Stamp-rally participation in one fiscal year (indicators 22-1 and 24-3).</summary>
/// <param name="FiscalYear">Fiscal year by its starting calendar year.</param>
/// <param name="LearnersRegistered">Learners who registered that year.</param>
/// <param name="CumulativeLearners">Learners registered up to the end of that year.</param>
/// <param name="LearnersCommended">Learners commended that year (withdrawn commendations do not count).</param>
public sealed record StampRallyYear(int FiscalYear, int LearnersRegistered, int CumulativeLearners, int LearnersCommended)
{
    /// <summary>The year as people read it: 「2026年度（令和8年度）」.</summary>
    public string FiscalYearName => new FiscalYear(FiscalYear).JapaneseName;
}

internal sealed record GetStampRallyQuery : IQuery<IReadOnlyList<StampRallyYear>>;

internal sealed class GetStampRallyHandler(IndicatorsDbContext db) : IQueryHandler<GetStampRallyQuery, IReadOnlyList<StampRallyYear>>
{
    public async ValueTask<IReadOnlyList<StampRallyYear>> Handle(GetStampRallyQuery q, CancellationToken cancellationToken)
    {
        var registered = await db.LearnerRegistrations.AsNoTracking().GroupBy(r => r.FiscalYear)
            .Select(g => new { Year = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Year, x => x.Count, cancellationToken);
        var commended = await db.Commendations.AsNoTracking().Where(c => !c.Withdrawn).GroupBy(c => c.FiscalYear)
            .Select(g => new { Year = g.Key, Count = g.Select(c => c.LearnerId).Distinct().Count() }).ToDictionaryAsync(x => x.Year, x => x.Count, cancellationToken);
        var cumulative = 0;
        return registered.Keys.Union(commended.Keys).Order()
            .Select(year => new StampRallyYear(year, registered.GetValueOrDefault(year), cumulative += registered.GetValueOrDefault(year), commended.GetValueOrDefault(year)))
            .ToList();
    }
}
