using Manabi.BuildingBlocks.Contracts;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Manabi.Indicators.Features.Actuals;

/// <summary>One fiscal year's value of a measure.</summary>
/// <param name="FiscalYear">The fiscal year, by its starting calendar year.</param>
/// <param name="Value">The value.</param>
/// <param name="Source">Computed, Entered or Baseline.</param>
/// <param name="Note">For an entered value, where it comes from.</param>
/// <param name="Confirmed">The year is confirmed: this is the value as confirmed.</param>
/// <param name="ChangeAfterConfirmation">What corrections arriving after confirmation would change it by.</param>
/// <param name="SampleSize">For a computed share: how many it is a share of (eligible districts, survey responses).</param>
/// <param name="Interval">For a survey share: its 95 % Wilson interval in percent.</param>
/// <param name="Reliable">For a survey share: false when it rests on fewer responses than the plan's minimum.</param>
public sealed record MeasureYearValue(
    int FiscalYear, decimal Value, ValueSource Source, string? Note, bool Confirmed = false, decimal? ChangeAfterConfirmation = null,
    int? SampleSize = null, ShareInterval? Interval = null, bool? Reliable = null);

/// <summary>A 95 % confidence interval of a share, in percent.</summary>
/// <param name="Low">Lower bound, 0–100.</param>
/// <param name="High">Upper bound, 0–100.</param>
public sealed record ShareInterval(decimal Low, decimal High);

/// <summary>
/// Every measure's values by fiscal year, read from the counters (a row per computation and year)
/// and the values staff entered. A computation that has counted anything has a value for each year
/// from its first to this one (0 where nothing happened); cumulative measures add up the years.
/// </summary>
internal sealed class MeasureValues(IndicatorsDbContext db, TimeProvider clock, IOptions<IndicatorsOptions> options)
{
    private static readonly HashSet<Computation> Surveys = [Computation.FestivalSurveyShare, Computation.CenterSurveyShare];

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
            Of(m, counters[m.Computation].ToDictionary(c => c.FiscalYear), entered[m.Code], thisYear), m.Code, confirmed));
    }

    /// <summary>A confirmed year keeps its confirmed value; what changed since is shown beside it.</summary>
    private static List<MeasureYearValue> AsConfirmed(List<MeasureYearValue> values, string measureCode, List<ConfirmedYear> confirmed) =>
        values.ConvertAll(v => confirmed.SingleOrDefault(y => y.FiscalYear == v.FiscalYear)?.Values.SingleOrDefault(c => c.MeasureCode == measureCode) is { } kept
            ? v with { Value = kept.Value, Confirmed = true, ChangeAfterConfirmation = v.Value == kept.Value ? null : v.Value - kept.Value }
            : v);

    private List<MeasureYearValue> Of(Measure measure, Dictionary<int, MeasureCounter> counted, IEnumerable<EnteredValue> entered, int thisYear)
    {
        var years = new SortedDictionary<int, MeasureYearValue>();
        if (counted.Count > 0 && measure.Computation != Computation.Entered)
        {
            // Years not begun are left out: a registration running to a later March is counted there already, but is no actual yet.
            var running = 0m;
            for (var year = counted.Keys.Min(); year <= thisYear; year++)
            {
                var counter = counted.GetValueOrDefault(year);
                running += counter?.Value ?? 0;
                if (measure.Kind == MeasureKind.Share)
                {
                    if (counter is { Items: > 0 } share)
                    {
                        years[year] = Share(measure, year, share);
                    }
                    continue;
                }
                years[year] = new(year, measure.Kind == MeasureKind.Cumulative ? running : counter?.Value ?? 0, ValueSource.Computed, null);
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

    /// <summary>A share in percent of its counted items; a survey's with its interval and whether enough answered.</summary>
    private MeasureYearValue Share(Measure measure, int year, MeasureCounter counter)
    {
        var value = Math.Round(counter.Value * 100 / counter.Items, 1);
        return Surveys.Contains(measure.Computation)
            ? new(year, value, ValueSource.Computed, null, SampleSize: counter.Items, Interval: Interval(SurveyShare.Wilson(counter.Value, counter.Items)),
                Reliable: counter.Items >= options.Value.MinimumSurveyResponses)
            : new(year, value, ValueSource.Computed, null, SampleSize: counter.Items);
    }

    private static ShareInterval Interval((decimal Low, decimal High) interval) => new(interval.Low, interval.High);
}
