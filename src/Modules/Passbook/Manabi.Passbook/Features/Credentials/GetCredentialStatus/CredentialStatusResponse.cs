namespace Manabi.Passbook.Features.Credentials.GetCredentialStatus;

/// <summary>Whether a credential is still good (public: verifiers call it).</summary>
public sealed record CredentialStatusResponse(Guid Id, string Status, DateTimeOffset? RevokedAt);
