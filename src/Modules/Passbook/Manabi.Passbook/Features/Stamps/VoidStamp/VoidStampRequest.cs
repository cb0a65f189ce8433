namespace Manabi.Passbook.Features.Stamps.VoidStamp;

/// <summary>Void a stamp given by mistake: it stays on record, its credits stop counting.</summary>
/// <param name="Reason">Why (kept in the audit trail).</param>
public sealed record VoidStampRequest(string? Reason)
{
    internal VoidStampCommand ToCommand(Guid stampId, Guid? callerProviderId, string voidedBy) => new(stampId, Reason, callerProviderId, voidedBy);
}
