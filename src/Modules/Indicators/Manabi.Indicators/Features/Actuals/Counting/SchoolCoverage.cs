using Manabi.BuildingBlocks.Contracts;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.SchoolCommunityCoordination.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>
/// 25-1 and 25-2. Which districts and schools are eligible and covered follows SchoolCommunity's own
/// rules (small schools, closures, commissions), so rather than a second copy of them, a change there
/// makes Indicators ask for the year's figures through its Contracts and keep each eligible district or
/// school as an item: 1 when covered, 0 when not. The share is then the counter over its items, and the
/// drill-down lists what was eligible.
/// </summary>
internal sealed class SchoolCoverage(IndicatorsDbContext db, Tally tally, ISender sender, TimeProvider clock)
{
    public int ThisYear => FiscalYear.Of(clock.GetUtcNow()).StartYear;

    /// <summary>The years a change to districts, schools or commissions can move: every year already kept, and these.</summary>
    public async Task RefreshKeptYearsAndAsync(IEnumerable<int> years, CancellationToken cancellationToken)
    {
        // From the items, which are written as they are counted (the counters only at commit).
        var kept = await db.CountedItems.Where(i => i.Computation == Computation.DistrictCoverage).Select(i => i.FiscalYear).Distinct()
            .ToListAsync(cancellationToken);
        foreach (var year in kept.Concat(years).Append(ThisYear).Where(y => y <= ThisYear).Distinct().Order())
        {
            await RefreshAsync(year, cancellationToken);
        }
    }

    public async Task RefreshAsync(int year, CancellationToken cancellationToken)
    {
        // Taken before asking, so a refresh that asked later wins over one that asked earlier.
        var asOf = clock.GetUtcNow();
        var figures = await sender.Send(new GetCoverageFiguresQuery(year), cancellationToken);
        await KeepAsync(Computation.DistrictCoverage, year, figures.Districts, asOf, cancellationToken);
        await KeepAsync(Computation.ElementarySchoolCoverage, year, figures.ElementarySchools, asOf, cancellationToken);
    }

    private async Task KeepAsync(Computation computation, int year, IReadOnlyList<CoverageUnit> units, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var day = new FiscalYear(year).FirstDay;
        var eligible = units.ToDictionary(u => Key(u.Id, year));
        var before = await db.CountedItems.AsNoTracking().Where(i => i.Computation == computation && i.FiscalYear == year && i.Counts)
            .Select(i => i.Key).ToListAsync(cancellationToken);
        foreach (var (key, unit) in eligible)
        {
            await tally.RecordAsync(computation, key, day, unit.Covered ? 1 : 0, true, asOf, cancellationToken);
        }
        foreach (var key in before.Where(k => !eligible.ContainsKey(k)))
        {
            await tally.RecordAsync(computation, key, day, 0, false, asOf, cancellationToken);
        }
    }

    private static string Key(Guid id, int year) => $"{id}:{year}";
}
