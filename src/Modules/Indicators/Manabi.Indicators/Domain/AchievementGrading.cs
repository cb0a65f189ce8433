using Manabi.Indicators.Contracts;

namespace Manabi.Indicators.Domain;

/// <summary>The achievement grade of a year, its achievement rate against the target pro-rated to that year, and the pace still needed.</summary>
/// <param name="Grade">S, A, B, C or not assessable.</param>
/// <param name="AchievementRate">達成率: the value over the target pro-rated to the year (inverted for "at most"); none without a target value.</param>
/// <param name="ProratedTarget">The target pro-rated to the year: on the straight line from the reference to the target.</param>
/// <param name="PaceNeeded">The change a year still needed from this year's value to reach the target in its year; none once met or without a target value.</param>
internal sealed record GradeAssessment(AchievementGrade Grade, decimal? AchievementRate, decimal? ProratedTarget, decimal? PaceNeeded);

/// <summary>
/// The grading Japanese plans report (達成度評価): S when the target is met; otherwise the value against
/// the reference (the baseline, or the first year with data): B within the band around it (±10 % unless
/// the plan sets another), A better beyond it, C worse beyond it; − when there is nothing to compare.
/// </summary>
internal static class AchievementGrading
{
    public const decimal DefaultBand = 0.10m;

    public static GradeAssessment Assess(MeasureSeries series, decimal band)
    {
        if (!series.Values.TryGetValue(series.AsOf, out var value))
        {
            return new(AchievementGrade.NotAssessable, null, null, null);
        }
        var target = series.Measure.Target;
        var reference = series.Reference;
        var prorated = target.Value is { } t && reference is { } r
            ? target.FiscalYear <= r.Year ? t : r.Value + ((t - r.Value) * (series.AsOf - r.Year) / (target.FiscalYear - r.Year))
            : target.Value;
        var rate = prorated is { } p && p != 0 && value != 0 ? Math.Round(series.Direction > 0 ? value / p : p / value, 4) : (decimal?)null;
        var pace = target.Value is { } goal && !series.TargetMet(value) && target.FiscalYear > series.AsOf
            ? Math.Round((goal - value) / (target.FiscalYear - series.AsOf), 2)
            : (decimal?)null;
        return new(Grade(series, value, reference, band), rate, prorated is { } q ? Math.Round(q, 2) : null, pace);
    }

    private static AchievementGrade Grade(MeasureSeries series, decimal value, (int Year, decimal Value)? reference, decimal band)
    {
        if (series.TargetMet(value))
        {
            return AchievementGrade.S;
        }
        if (reference is not { } r || r.Year >= series.AsOf)
        {
            return AchievementGrade.NotAssessable;
        }
        var change = (value - r.Value) * series.Direction;
        return Math.Abs(value - r.Value) <= band * Math.Abs(r.Value) ? AchievementGrade.B
            : change > 0 ? AchievementGrade.A
            : AchievementGrade.C;
    }
}
