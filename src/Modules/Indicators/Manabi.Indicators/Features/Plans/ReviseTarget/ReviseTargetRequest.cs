using Manabi.Indicators.Features.Plans.LoadPlan;

namespace Manabi.Indicators.Features.Plans.ReviseTarget;

/// <summary>A measure's new target and why.</summary>
/// <param name="Target">The target year, direction and value.</param>
/// <param name="Reason">Why it changes (e.g. the plan's mid-term review), kept with the revision.</param>
public sealed record ReviseTargetRequest(TargetInput? Target, string? Reason)
{
    internal ReviseTargetCommand ToCommand(string planCode, string measureCode, string by) => new(planCode, measureCode, Target, Reason, by);
}
