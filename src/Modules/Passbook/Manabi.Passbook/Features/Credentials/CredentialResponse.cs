namespace Manabi.Passbook.Features.Credentials;

/// <summary>A credential the learner holds: the signed VC-JWT to present, and its state.</summary>
public sealed record CredentialResponse(Guid Id, string Kind, string Token, DateTimeOffset IssuedAt, DateTimeOffset? RevokedAt);
