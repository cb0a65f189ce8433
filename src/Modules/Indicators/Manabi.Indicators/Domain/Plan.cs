namespace Manabi.Indicators.Domain;

/// <summary>
/// A city's plan as data (its outline), under a code such as <c>chitose</c>. Every change of a
/// measure's target leaves a <see cref="TargetRevision"/>: who, when, old → new, and why.
/// </summary>
internal sealed class Plan
{
    private Plan() { }

    public string Code { get; private set; } = "";
    public PlanOutline Outline { get; private set; } = null!;
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public static Plan Define(string code, PlanOutline outline, string by, DateTimeOffset now) =>
        new() { Code = code, Outline = outline, UpdatedBy = by, UpdatedAt = now };

    /// <summary>Replaces the outline (a plan document loaded again); each target it changes is a revision.</summary>
    public IReadOnlyList<TargetRevision> Replace(PlanOutline outline, string by, string reason, DateTimeOffset now)
    {
        var revisions = outline.AllMeasures()
            .Select(m => (Now: m, Before: Outline.FindMeasure(m.Code)))
            .Where(x => x.Before is not null && x.Before.Target != x.Now.Target)
            .Select(x => TargetRevision.Of(Code, x.Now.Code, x.Before!.Target, x.Now.Target, reason, by, now))
            .ToList();
        (Outline, UpdatedBy, UpdatedAt) = (outline, by, now);
        return revisions;
    }

    /// <summary>Revises one measure's target; null when the target is already that, so a repeated request changes nothing.</summary>
    public TargetRevision? ReviseTarget(Measure measure, Target target, string reason, string by, DateTimeOffset now)
    {
        if (measure.Target == target)
        {
            return null;
        }
        (Outline, UpdatedBy, UpdatedAt) = (Outline.With(measure with { Target = target }), by, now);
        return TargetRevision.Of(Code, measure.Code, measure.Target, target, reason, by, now);
    }
}

/// <summary>One change of a measure's target, kept for good.</summary>
internal sealed class TargetRevision
{
    private TargetRevision() { }

    public Guid Id { get; private set; }
    public string PlanCode { get; private set; } = "";
    public string MeasureCode { get; private set; } = "";
    public Target Old { get; private set; } = null!;
    public Target New { get; private set; } = null!;
    public string Reason { get; private set; } = "";
    public string RevisedBy { get; private set; } = "";
    public DateTimeOffset RevisedAt { get; private set; }

    public static TargetRevision Of(string planCode, string measureCode, Target old, Target @new, string reason, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), PlanCode = planCode, MeasureCode = measureCode, Old = old, New = @new, Reason = reason.Trim(),
        RevisedBy = by, RevisedAt = now,
    };
}
