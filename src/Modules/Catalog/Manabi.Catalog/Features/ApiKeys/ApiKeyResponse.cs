using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Features.ApiKeys;

/// <summary>A partner API key as listed (never with its secret).</summary>
/// <param name="KeyId">Public key id (the part after <c>mnb_</c>).</param>
/// <param name="Name">Label given when issued, e.g. "production server".</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="ExpiresAt">When it stops working, if ever.</param>
/// <param name="RevokedAt">When it was revoked, if it was.</param>
public sealed record ApiKeyResponse(string KeyId, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    internal static ApiKeyResponse From(PartnerApiKey key) => new(key.KeyId, key.Name, key.CreatedAt, key.ExpiresAt, key.RevokedAt);
}
