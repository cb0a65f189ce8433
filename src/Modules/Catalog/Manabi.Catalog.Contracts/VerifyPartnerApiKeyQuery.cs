using Mediator;

namespace Manabi.Catalog.Contracts;

/// <summary>
/// Checks a partner system's API key (already split into key id and secret). Answers the partner's
/// identity, or null for an unknown, revoked or expired key, or a suspended provider — callers
/// must not tell these apart to the client.
/// </summary>
public sealed record VerifyPartnerApiKeyQuery(string KeyId, string Secret) : IQuery<PartnerIdentity?>;

/// <summary>A verified partner system: the provider it acts for, and which of its keys it used.</summary>
public sealed record PartnerIdentity(Guid ProviderId, string KeyId);
