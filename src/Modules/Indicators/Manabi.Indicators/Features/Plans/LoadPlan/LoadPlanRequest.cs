using Manabi.Indicators.Contracts;
using Manabi.Indicators.Domain;

namespace Manabi.Indicators.Features.Plans.LoadPlan;

/// <summary>A city's plan as one document: its period and the tree of goals, policy items, indicators and measures.</summary>
/// <param name="City">The city, in Japanese and English.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="FirstFiscalYear">The plan's first fiscal year (the usual baseline year), by its starting calendar year.</param>
/// <param name="LastFiscalYear">The plan's last fiscal year (the usual target year).</param>
/// <param name="Goals">Its basic goals (基本目標).</param>
/// <param name="GradeBandPercent">The band around the baseline within which a year grades B (±10 % when absent).</param>
/// <param name="RevisionReason">Why it is loaded again, kept with every target it changes.</param>
public sealed record LoadPlanRequest(
    LocalizedTextInput? City, LocalizedTextInput? Title, int? FirstFiscalYear, int? LastFiscalYear, IReadOnlyList<GoalInput>? Goals,
    decimal? GradeBandPercent, string? RevisionReason)
{
    internal LoadPlanCommand ToCommand(string code, string by) =>
        new(code, City, Title, FirstFiscalYear, LastFiscalYear, Goals, GradeBandPercent, RevisionReason, by);
}

/// <summary>A name in Japanese and English.</summary>
/// <param name="Ja">Japanese, as the plan writes it.</param>
/// <param name="En">English.</param>
public sealed record LocalizedTextInput(string? Ja, string? En)
{
    internal LocalizedText ToText() => new(Ja!.Trim(), En!.Trim());
}

/// <summary>A basic goal (基本目標).</summary>
/// <param name="Number">Its number in the plan (4 for 基本目標4).</param>
/// <param name="Title">What it aims at.</param>
/// <param name="Items">Its policy items.</param>
public sealed record GoalInput(int? Number, LocalizedTextInput? Title, IReadOnlyList<PolicyItemInput>? Items);

/// <summary>A policy item (施策項目).</summary>
/// <param name="Number">Its number (22 for 施策項目22).</param>
/// <param name="Title">What it does.</param>
/// <param name="Indicators">Its indicators (目標指標).</param>
public sealed record PolicyItemInput(int? Number, LocalizedTextInput? Title, IReadOnlyList<IndicatorInput>? Indicators);

/// <summary>An indicator (目標指標) with its measures (one, or two when it counts two things).</summary>
/// <param name="Code">e.g. <c>22-2</c>; unique in the plan.</param>
/// <param name="Name">What it measures, as the plan words it.</param>
/// <param name="ResponsibleBody">Who is responsible (【市教委】 → 市教委).</param>
/// <param name="Measures">Its measures.</param>
public sealed record IndicatorInput(string? Code, LocalizedTextInput? Name, string? ResponsibleBody, IReadOnlyList<MeasureInput>? Measures);

/// <summary>One number the plan tracks.</summary>
/// <param name="Code">e.g. <c>22-2a</c>; unique in the plan.</param>
/// <param name="Name">What it counts.</param>
/// <param name="Unit">Count, People or Percent.</param>
/// <param name="UnitName">The counter word (回, 人, 件, 団体 / sessions, people, …).</param>
/// <param name="Kind">PerYear, Cumulative, Share or YearEnd.</param>
/// <param name="Baseline">The baseline year and value (the value may be absent: the plan's 「—」).</param>
/// <param name="Target">The target year, direction and value.</param>
/// <param name="Computation">Which computation produces its actual values (<c>Entered</c> when only staff can give them).</param>
public sealed record MeasureInput(
    string? Code, LocalizedTextInput? Name, MeasureUnit? Unit, LocalizedTextInput? UnitName, MeasureKind? Kind, BaselineInput? Baseline,
    TargetInput? Target, Computation? Computation);

/// <summary>現状値.</summary>
/// <param name="FiscalYear">The baseline year.</param>
/// <param name="Value">Its value; absent when the plan gives none (「—」).</param>
public sealed record BaselineInput(int? FiscalYear, decimal? Value);

/// <summary>目標値.</summary>
/// <param name="FiscalYear">The target year.</param>
/// <param name="Direction">AtLeast (以上), AtMost (以下), Increase (↗) or Decrease (↘).</param>
/// <param name="Value">The value; required for AtLeast and AtMost, absent for Increase and Decrease.</param>
public sealed record TargetInput(int? FiscalYear, TargetDirection? Direction, decimal? Value)
{
    internal Target ToTarget() => new(FiscalYear!.Value, Direction!.Value, Value);
}

internal static class PlanInputMapping
{
    public static PlanOutline ToOutline(this LoadPlanCommand c) => new(c.City!.ToText(), c.Title!.ToText(), c.FirstFiscalYear!.Value, c.LastFiscalYear!.Value,
        [.. c.Goals!.Select(g => new BasicGoal(g.Number!.Value, g.Title!.ToText(),
            [.. g.Items!.Select(i => new PolicyItem(i.Number!.Value, i.Title!.ToText(),
                [.. i.Indicators!.Select(x => new PlanIndicator(x.Code!.Trim(), x.Name!.ToText(), x.ResponsibleBody!.Trim(),
                    [.. x.Measures!.Select(m => new Measure(m.Code!.Trim(), m.Name!.ToText(), m.Unit!.Value, m.UnitName!.ToText(), m.Kind!.Value,
                        new Baseline(m.Baseline!.FiscalYear!.Value, m.Baseline.Value), m.Target!.ToTarget(), m.Computation!.Value))]))]))]))],
        c.GradeBandPercent ?? 10);
}
