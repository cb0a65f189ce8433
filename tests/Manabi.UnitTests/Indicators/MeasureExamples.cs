using Manabi.Indicators.Contracts;
using Manabi.Indicators.Domain;

namespace Manabi.UnitTests.Indicators;

/// <summary>Measures as Chitose's plan states them, for the worked examples.</summary>
internal static class MeasureExamples
{
    public static Measure Measure(string code, MeasureUnit unit, decimal? baseline, TargetDirection direction, decimal? target, MeasureKind kind = MeasureKind.PerYear) =>
        new(code, new(code, code), unit, new("回", "sessions"), kind, new Baseline(2019, baseline), new Target(2030, direction, target), Computation.Entered);

    /// <summary>25-3a: 459 sessions in FY2019, at least 500 by FY2030.</summary>
    public static readonly Measure Sessions = Measure("25-3a", MeasureUnit.Count, 459, TargetDirection.AtLeast, 500);

    /// <summary>22-2a: 420 sessions in FY2019, at least 460 by FY2030.</summary>
    public static readonly Measure Brokered = Measure("22-2a", MeasureUnit.Count, 420, TargetDirection.AtLeast, 460);

    /// <summary>26-1: 105 courses in FY2019, at least 105 by FY2030 — maintain.</summary>
    public static readonly Measure Courses = Measure("26-1", MeasureUnit.Count, 105, TargetDirection.AtLeast, 105);

    /// <summary>24-1: certified leaders, cumulative, no baseline, 「↗」.</summary>
    public static readonly Measure Leaders = Measure("24-1", MeasureUnit.People, null, TargetDirection.Increase, null, MeasureKind.Cumulative);

    /// <summary>25-1: share of districts, no baseline, 100 %.</summary>
    public static readonly Measure Districts = Measure("25-1", MeasureUnit.Percent, null, TargetDirection.AtLeast, 100, MeasureKind.Share);

    public static MeasureSeries Series(Measure measure, int asOf, params (int Year, decimal Value)[] values) =>
        new(measure, values.ToDictionary(v => v.Year, v => v.Value), asOf);
}
