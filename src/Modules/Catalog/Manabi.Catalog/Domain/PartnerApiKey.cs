namespace Manabi.Catalog.Domain;

/// <summary>
/// One API key of a partner system. Only the keyed hash of its secret is kept; the plain key is
/// shown once when issued. A provider may have several active keys, so partners rotate without downtime.
/// </summary>
internal sealed class PartnerApiKey
{
    private PartnerApiKey() { }

    public string KeyId { get; private set; } = "";
    public Guid ProviderId { get; private set; }
    public string Name { get; private set; } = "";
    public byte[] SecretHash { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public static PartnerApiKey Issue(Guid providerId, string keyId, byte[] secretHash, string name, DateTimeOffset now, DateTimeOffset? expiresAt) => new()
    {
        KeyId = keyId,
        ProviderId = providerId,
        SecretHash = secretHash,
        Name = name,
        CreatedAt = now,
        ExpiresAt = expiresAt?.ToUniversalTime(), // PostgreSQL timestamptz takes UTC instants
    };

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
