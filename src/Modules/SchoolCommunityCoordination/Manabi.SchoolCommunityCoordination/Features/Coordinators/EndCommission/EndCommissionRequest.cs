namespace Manabi.SchoolCommunityCoordination.Features.Coordinators.EndCommission;

/// <summary>When and why a commission ends early.</summary>
/// <param name="LastDay">The commission's last day (not before its first, not after its planned last).</param>
/// <param name="Reason">Why, e.g. 本人の申し出.</param>
public sealed record EndCommissionRequest(DateOnly? LastDay, string? Reason)
{
    internal EndCommissionCommand ToCommand(Guid id) => new(id, LastDay, Reason);
}
