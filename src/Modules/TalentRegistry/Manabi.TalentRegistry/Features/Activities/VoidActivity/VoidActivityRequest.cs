namespace Manabi.TalentRegistry.Features.Activities.VoidActivity;

/// <summary>Why the record is voided (kept in the audit trail).</summary>
/// <param name="Reason">The reason.</param>
public sealed record VoidActivityRequest(string? Reason)
{
    internal VoidActivityCommand ToCommand(Guid id) => new(id, Reason);
}
