using Manabi.Indicators.Contracts;
using Manabi.Indicators.Domain;

namespace Manabi.Indicators.Features.Plans;

/// <summary>A plan as data. The same shape loads a plan (<c>PUT</c>), so a city can start from another's.</summary>
/// <param name="Code">The plan's code.</param>
/// <param name="City">The city.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="FirstFiscalYear">First fiscal year of the plan.</param>
/// <param name="LastFiscalYear">Last fiscal year of the plan.</param>
/// <param name="Goals">Basic goals → policy items → indicators → measures.</param>
/// <param name="GradeBandPercent">The band around the baseline within which a year grades B.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record PlanResponse(
    string Code, LocalizedText City, LocalizedText Title, int FirstFiscalYear, int LastFiscalYear, IReadOnlyList<GoalResponse> Goals,
    decimal GradeBandPercent, DateTimeOffset UpdatedAt)
{
    internal static PlanResponse From(Plan plan)
    {
        var o = plan.Outline;
        return new(plan.Code, o.City, o.Title, o.FirstFiscalYear, o.LastFiscalYear,
            [.. o.Goals.Select(g => new GoalResponse(g.Number, g.Title,
                [.. g.Items.Select(i => new PolicyItemResponse(i.Number, i.Title,
                    [.. i.Indicators.Select(x => new IndicatorResponse(x.Code, x.Name, x.ResponsibleBody, [.. x.Measures.Select(MeasureResponse.From)]))]))]))],
            o.GradeBandPercent, plan.UpdatedAt);
    }
}

/// <summary>A basic goal (基本目標).</summary>
/// <param name="Number">Its number.</param>
/// <param name="Title">What it aims at.</param>
/// <param name="Items">Its policy items.</param>
public sealed record GoalResponse(int Number, LocalizedText Title, IReadOnlyList<PolicyItemResponse> Items);

/// <summary>A policy item (施策項目).</summary>
/// <param name="Number">Its number.</param>
/// <param name="Title">What it does.</param>
/// <param name="Indicators">Its indicators.</param>
public sealed record PolicyItemResponse(int Number, LocalizedText Title, IReadOnlyList<IndicatorResponse> Indicators);

/// <summary>An indicator (目標指標).</summary>
/// <param name="Code">e.g. 22-2.</param>
/// <param name="Name">What it measures.</param>
/// <param name="ResponsibleBody">Who is responsible (市教委).</param>
/// <param name="Measures">Its measures.</param>
public sealed record IndicatorResponse(string Code, LocalizedText Name, string ResponsibleBody, IReadOnlyList<MeasureResponse> Measures);

/// <summary>One number the plan tracks.</summary>
/// <param name="Code">e.g. 22-2a.</param>
/// <param name="Name">What it counts.</param>
/// <param name="Unit">Count, People or Percent.</param>
/// <param name="UnitName">The counter word.</param>
/// <param name="Kind">PerYear, Cumulative, Share or YearEnd.</param>
/// <param name="Baseline">現状値 (its value absent where the plan has 「—」).</param>
/// <param name="Target">目標値.</param>
/// <param name="Computation">Which computation produces its actual values.</param>
public sealed record MeasureResponse(
    string Code, LocalizedText Name, MeasureUnit Unit, LocalizedText UnitName, MeasureKind Kind, MeasureBaseline Baseline, MeasureTarget Target,
    Computation Computation)
{
    internal static MeasureResponse From(Measure m) => new(m.Code, m.Name, m.Unit, m.UnitName, m.Kind,
        new(m.Baseline.FiscalYear, m.Baseline.Value), MeasureTarget.From(m.Target), m.Computation);
}

/// <summary>現状値.</summary>
/// <param name="FiscalYear">The baseline year.</param>
/// <param name="Value">Its value; absent when the plan gives none.</param>
public sealed record MeasureBaseline(int FiscalYear, decimal? Value);

/// <summary>目標値.</summary>
/// <param name="FiscalYear">The target year.</param>
/// <param name="Direction">AtLeast, AtMost, Increase or Decrease.</param>
/// <param name="Value">The value; absent for Increase and Decrease.</param>
public sealed record MeasureTarget(int FiscalYear, TargetDirection Direction, decimal? Value)
{
    internal static MeasureTarget From(Target t) => new(t.FiscalYear, t.Direction, t.Value);
}
