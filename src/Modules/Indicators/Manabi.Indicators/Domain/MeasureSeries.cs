using Manabi.Indicators.Contracts;

namespace Manabi.Indicators.Domain;

/// <summary>
/// A measure's values by fiscal year up to the year being assessed, and where progress is measured
/// from: the plan's baseline when it gives one, otherwise (the plan's 「—」, or a baseline of 0 that
/// no growth rate can start from) the first fiscal year with data.
/// </summary>
internal sealed record MeasureSeries(Measure Measure, IReadOnlyDictionary<int, decimal> Values, int AsOf)
{
    public int Direction => Measure.Target.Direction is TargetDirection.AtMost or TargetDirection.Decrease ? -1 : 1;

    public (int Year, decimal Value)? Current =>
        Values.Where(v => v.Key <= AsOf).OrderByDescending(v => v.Key).Select(v => ((int, decimal)?)(v.Key, v.Value)).FirstOrDefault();

    /// <summary>Shares are compared in percentage points, so a share may start from 0 %; growth rates need a value above 0.</summary>
    public (int Year, decimal Value)? Reference
    {
        get
        {
            var inPoints = Measure.Unit == MeasureUnit.Percent;
            if (Measure.Baseline.Value is { } baseline && (inPoints || baseline > 0))
            {
                return (Measure.Baseline.FiscalYear, baseline);
            }
            return Values.Where(v => v.Key <= AsOf && v.Key >= Measure.Baseline.FiscalYear && (inPoints || v.Value > 0))
                .OrderBy(v => v.Key).Select(v => ((int, decimal)?)(v.Key, v.Value)).FirstOrDefault();
        }
    }

    public bool TargetMet(decimal value) =>
        Measure.Target.Value is { } target && (Direction > 0 ? value >= target : value <= target);
}
