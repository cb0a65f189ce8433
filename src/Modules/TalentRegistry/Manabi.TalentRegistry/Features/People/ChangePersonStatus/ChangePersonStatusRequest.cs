using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Features.People.ChangePersonStatus;

/// <summary>Where to move the registration, and why.</summary>
/// <param name="Status">Active (accept an application, or reinstate), Declined, Suspended or Retired.</param>
/// <param name="Reason">Why; required for all but Active. Shown to the person.</param>
public sealed record ChangePersonStatusRequest(PersonStatus? Status, string? Reason)
{
    internal ChangePersonStatusCommand ToCommand(Guid id) => new(id, Status, Reason);
}
