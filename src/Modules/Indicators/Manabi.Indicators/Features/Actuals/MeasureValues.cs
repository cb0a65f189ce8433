using Manabi.BuildingBlocks.Contracts;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals;

/// <summary>One fiscal year's value of a measure.</summary>
/// <param name="FiscalYear">The fiscal year, by its starting calendar year.</param>
/// <param name="Value">The value.</param>
/// <param name="Source">Computed, Entered or Baseline.</param>
/// <param name="Note">For an entered value, where it comes from.</param>
/// <param name="Confirmed">The year is confirmed: this is the value as confirmed.</param>
/// <param name="ChangeAfterConfirmation">What corrections arriving after confirmation would change it by.</param>
public sealed record MeasureYearValue(int FiscalYear, decimal Value, ValueSource Source, string? Note, bool Confirmed = false, decimal? ChangeAfterConfirmation = null);

/// <summary>
/// Every measure's values by fiscal year, read from the counters (a row per computation and year)
/// and the values staff entered. A computation that has counted anything has a value for each year
/// from its first to this one (0 where nothing happened); cumulative measures add up the years.
/// </summary>
internal sealed class MeasureValues(IndicatorsDbContext db, TimeProvider clock)
{
    public async Task<Dictionary<string, List<MeasureYearValue>>> ReadAsync(Plan plan, CancellationToken cancellationToken)
    {
        var measures = plan.Outline.AllMeasures().ToList();
        var computations = measures.Select(m => m.Computation).Distinct().ToList();
        var counters = (await db.Counters.AsNoTracking().Where(c => computations.Contains(c.Computation)).ToListAsync(cancellationToken))
            .ToLookup(c => c.Computation);
        var entered = (await db.EnteredValues.AsNoTracking().Where(v => v.PlanCode == plan.Code).ToListAsync(cancellationToken))
            .ToLookup(v => v.MeasureCode);
        var confirmed = await db.ConfirmedYears.AsNoTracking().Where(y => y.PlanCode == plan.Code).ToListAsync(cancellationToken);
        var thisYear = FiscalYear.Of(clock.GetUtcNow()).StartYear;
        return measures.ToDictionary(m => m.Code, m => AsConfirmed(
            Of(m, counters[m.Computation].ToDictionary(c => c.FiscalYear, c => c.Value), entered[m.Code], thisYear), m.Code, confirmed));
    }

    /// <summary>A confirmed year keeps its confirmed value; what changed since is shown beside it.</summary>
    private static List<MeasureYearValue> AsConfirmed(List<MeasureYearValue> values, string measureCode, List<ConfirmedYear> confirmed) =>
        values.ConvertAll(v => confirmed.SingleOrDefault(y => y.FiscalYear == v.FiscalYear)?.Values.SingleOrDefault(c => c.MeasureCode == measureCode) is { } kept
            ? v with { Value = kept.Value, Confirmed = true, ChangeAfterConfirmation = v.Value == kept.Value ? null : v.Value - kept.Value }
            : v);

    private static List<MeasureYearValue> Of(Measure measure, Dictionary<int, decimal> counted, IEnumerable<EnteredValue> entered, int thisYear)
    {
        var years = new SortedDictionary<int, MeasureYearValue>();
        if (counted.Count > 0 && measure.Computation != Computation.Entered)
        {
            var running = 0m;
            for (var year = counted.Keys.Min(); year <= Math.Max(thisYear, counted.Keys.Max()); year++)
            {
                var value = counted.GetValueOrDefault(year);
                running += value;
                years[year] = new(year, measure.Kind == MeasureKind.Cumulative ? running : value, ValueSource.Computed, null);
            }
        }
        foreach (var value in entered)
        {
            years[value.FiscalYear] = new(value.FiscalYear, value.Value, ValueSource.Entered, value.Source);
        }
        if (measure.Baseline.Value is { } baseline && !years.ContainsKey(measure.Baseline.FiscalYear))
        {
            years[measure.Baseline.FiscalYear] = new(measure.Baseline.FiscalYear, baseline, ValueSource.Baseline, null);
        }
        return [.. years.Values];
    }
}
