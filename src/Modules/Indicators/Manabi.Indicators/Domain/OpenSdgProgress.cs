using Manabi.Indicators.Contracts;

namespace Manabi.Indicators.Domain;

/// <summary>What the Open SDG method found, with the numbers it used so anyone can redo it.</summary>
/// <param name="Status">The status.</param>
/// <param name="Value">With a target: observed over required growth; without: observed growth per year.</param>
/// <param name="InPercentagePoints">A share compared in percentage points rather than growth rates.</param>
internal sealed record ProgressAssessment(ProgressStatus Status, double? Value, bool InPercentagePoints);

/// <summary>
/// sdg-build's <c>ProgressMeasure</c> (Statistics Canada's method in Open SDG) for one measure: the
/// compound annual growth observed from the reference year to the latest year, over the growth the
/// target needs by its year. Without a target value (「↗」) the observed growth is graded by itself.
/// Where the formula cannot speak, this says so instead of dividing by zero: a target equal to the
/// reference ("maintain", 26-1) needs no growth, so only a fall is deterioration; a share is compared
/// in percentage points, so 0 % is a valid start (25-1, 25-2); a survey change inside its sampling
/// error is no change.
/// </summary>
internal static class OpenSdgProgress
{
    // sdg-build's default thresholds.
    private const double RatioHigh = 0.95, RatioMedium = 0.60;
    private const double GrowthHigh = 0.015, GrowthMedium = 0.005;

    public static ProgressAssessment Assess(MeasureSeries series, bool changeWithinSamplingError = false)
    {
        var inPoints = series.Measure.Unit == MeasureUnit.Percent && series.Measure.Target.Value is not null;
        if (series.Current is not { } current || series.Reference is not { } reference || current.Year - reference.Year < 1)
        {
            return new(ProgressStatus.NotAvailable, null, inPoints);
        }
        if (series.TargetMet(current.Value))
        {
            return new(ProgressStatus.TargetAchieved, null, inPoints);
        }
        if (changeWithinSamplingError)
        {
            return new(ProgressStatus.LimitedProgress, 0, inPoints);
        }
        var target = series.Measure.Target;
        var observed = Rate(current.Value, reference.Value, current.Year - reference.Year, inPoints) * series.Direction;
        if (target.Value is not { } targetValue)
        {
            return new(Grade(observed, GrowthHigh, GrowthMedium), observed, inPoints);
        }
        var required = Rate(targetValue, reference.Value, Math.Max(1, target.FiscalYear - reference.Year), inPoints);
        if (required == 0)
        {
            // "Maintain" (the target is the reference): no growth is needed, and as the target is not met the value has fallen.
            return new(ProgressStatus.Deterioration, observed, inPoints);
        }
        var ratio = observed / Math.Abs(required);
        return new(Grade(ratio, RatioHigh, RatioMedium), ratio, inPoints);
    }

    /// <summary>Change per year: compound growth, or percentage points for a share.</summary>
    private static double Rate(decimal to, decimal from, int years, bool inPoints) => inPoints
        ? (double)(to - from) / years
        : Math.Pow((double)to / (double)from, 1.0 / years) - 1;

    private static ProgressStatus Grade(double value, double high, double medium) =>
        value >= high ? ProgressStatus.SubstantialProgress
        : value >= medium ? ProgressStatus.ModerateProgress
        : value >= 0 ? ProgressStatus.LimitedProgress
        : ProgressStatus.Deterioration;
}
