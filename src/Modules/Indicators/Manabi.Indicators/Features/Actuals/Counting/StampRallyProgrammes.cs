using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>
/// 22-1: a stamp-rally programme takes part in each fiscal year it has a session in (one not
/// cancelled); a programme published again or changed is recounted from what it now says, and one
/// withdrawn stops counting in the years not yet over.
/// </summary>
internal static class StampRallyProgrammes
{
    public static async Task RecordAsync(IndicatorsDbContext db, Tally tally, Guid opportunityId, bool eligible, IReadOnlyList<OpportunitySessionInfo> sessions,
        DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var years = sessions.Where(s => s.Status != SessionStatus.Cancelled).Select(s => JapanTime.DateOf(s.StartsAt))
            .GroupBy(day => FiscalYear.OfDate(day).StartYear).ToDictionary(g => g.Key, g => g.Min());
        foreach (var (key, on) in await CountedAsync(db, opportunityId, cancellationToken))
        {
            if (!years.ContainsKey(FiscalYear.OfDate(on).StartYear))
            {
                await tally.RecordAsync(Computation.StampRallyProgrammes, key, on, 1, false, asOf, cancellationToken);
            }
        }
        foreach (var (year, first) in years)
        {
            await tally.RecordAsync(Computation.StampRallyProgrammes, Key(opportunityId, year), first, 1, eligible, asOf, cancellationToken);
        }
    }

    public static async Task WithdrawAsync(IndicatorsDbContext db, Tally tally, Guid opportunityId, int fromYear, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        foreach (var (key, on) in await CountedAsync(db, opportunityId, cancellationToken))
        {
            if (FiscalYear.OfDate(on).StartYear >= fromYear)
            {
                await tally.RecordAsync(Computation.StampRallyProgrammes, key, on, 1, false, asOf, cancellationToken);
            }
        }
    }

    private static string Key(Guid opportunityId, int year) => $"{opportunityId}:{year}";

    private static async Task<List<(string Key, DateOnly On)>> CountedAsync(IndicatorsDbContext db, Guid opportunityId, CancellationToken cancellationToken)
    {
        var prefix = $"{opportunityId}:";
        return (await db.CountedItems.AsNoTracking().Where(i => i.Computation == Computation.StampRallyProgrammes && i.Counts && i.Key.StartsWith(prefix))
            .Select(i => new { i.Key, i.OccurredOn }).ToListAsync(cancellationToken)).ConvertAll(i => (i.Key, i.OccurredOn));
    }
}
