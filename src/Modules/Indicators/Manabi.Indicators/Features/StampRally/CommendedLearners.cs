using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Manabi.Indicators.Features.Actuals;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.StampRally;

/// <summary>
/// 24-3 counts people, not commendations: a learner counts in a fiscal year while at least one of
/// their commendations of that year stands. Recounted for the years a commendation left or joined.
/// </summary>
internal static class CommendedLearners
{
    public static async Task RecountAsync(IndicatorsDbContext db, Tally tally, CommendationRecord changed, int? previousYear, DateTimeOffset asOf,
        CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        foreach (var year in new[] { previousYear, changed.FiscalYear }.OfType<int>().Distinct())
        {
            var standing = await db.Commendations.AsNoTracking().Where(c => c.LearnerId == changed.LearnerId && c.FiscalYear == year && !c.Withdrawn)
                .OrderBy(c => c.AwardedOn).FirstOrDefaultAsync(cancellationToken);
            await tally.RecordAsync(Computation.CommendedLearners, $"{changed.LearnerId}:{year}", standing?.AwardedOn ?? new DateOnly(year, 4, 1), 1,
                standing is not null, asOf, cancellationToken);
        }
    }
}
