using Manabi.Indicators.Contracts;

namespace Manabi.Indicators.Features.Actuals.OverrideStatus;

/// <summary>Staff's judgement of a measure's progress in a fiscal year, and why.</summary>
/// <param name="Status">The status staff judge right.</param>
/// <param name="Reason">Why the computed one misleads.</param>
public sealed record OverrideStatusRequest(ProgressStatus? Status, string? Reason)
{
    internal OverrideStatusCommand ToCommand(string code, string measureCode, int fiscalYear, string by) => new(code, measureCode, fiscalYear, Status, Reason, by);
}
