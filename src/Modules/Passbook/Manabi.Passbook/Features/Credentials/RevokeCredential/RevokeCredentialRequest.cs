namespace Manabi.Passbook.Features.Credentials.RevokeCredential;

/// <summary>Revoke a credential (staff).</summary>
/// <param name="Reason">Why (kept).</param>
public sealed record RevokeCredentialRequest(string? Reason)
{
    internal RevokeCredentialCommand ToCommand(Guid id) => new(id, Reason);
}
