using Manabi.Indicators.Contracts;

namespace Manabi.Indicators.Domain;

/// <summary>
/// What a plan says: its city, title and period, and the tree basic goal → policy item → indicator →
/// measure, and the band around the baseline its achievement grades use (B within ±GradeBandPercent %).
/// Immutable: a revision makes a new outline.
/// </summary>
internal sealed record PlanOutline(
    LocalizedText City, LocalizedText Title, int FirstFiscalYear, int LastFiscalYear, IReadOnlyList<BasicGoal> Goals, decimal GradeBandPercent = 10)
{
    public IEnumerable<Measure> AllMeasures() => Goals.SelectMany(g => g.Items).SelectMany(i => i.Indicators).SelectMany(i => i.Measures);

    public Measure? FindMeasure(string code) => AllMeasures().FirstOrDefault(m => m.Code == code);

    /// <summary>The same outline with one measure replaced (matched by code).</summary>
    public PlanOutline With(Measure changed) => this with
    {
        Goals = [.. Goals.Select(g => g with
        {
            Items = [.. g.Items.Select(i => i with
            {
                Indicators = [.. i.Indicators.Select(x => x with { Measures = [.. x.Measures.Select(m => m.Code == changed.Code ? changed : m)] })],
            })],
        })],
    };
}

/// <summary>基本目標: e.g. 4 「市民が活躍する生涯学習によるまちづくりの推進」.</summary>
internal sealed record BasicGoal(int Number, LocalizedText Title, IReadOnlyList<PolicyItem> Items);

/// <summary>施策項目: e.g. 22 「多様な主体の連携による学び合いと交流の場の充実」.</summary>
internal sealed record PolicyItem(int Number, LocalizedText Title, IReadOnlyList<PlanIndicator> Indicators);

/// <summary>目標指標: e.g. 22-2, with the body responsible for it (【市教委】) and its one or two measures.</summary>
internal sealed record PlanIndicator(string Code, LocalizedText Name, string ResponsibleBody, IReadOnlyList<Measure> Measures);

/// <summary>One number the plan tracks: e.g. 22-2a, sessions held; 22-2b, their participants.</summary>
internal sealed record Measure(
    string Code, LocalizedText Name, MeasureUnit Unit, LocalizedText UnitName, MeasureKind Kind, Baseline Baseline, Target Target, Computation Computation);

/// <summary>現状値: the baseline year, and its value unless the plan gives none (「—」).</summary>
internal sealed record Baseline(int FiscalYear, decimal? Value);

/// <summary>目標値: the target year, what is asked, and the value (none for 「↗」).</summary>
internal sealed record Target(int FiscalYear, TargetDirection Direction, decimal? Value)
{
    /// <summary>Whether the direction needs a value: 「以上」 and 「以下」 do, 「↗」 does not.</summary>
    public static bool NeedsValue(TargetDirection direction) => direction is TargetDirection.AtLeast or TargetDirection.AtMost;
}
