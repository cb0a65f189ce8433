namespace Manabi.Passbook.Domain;

/// <summary>
/// A verifiable credential Manabi issued to a learner (学習歴の認証): for a commendation, or for the
/// learning history on request. The signed token is kept so the learner can fetch it again; its
/// status (valid or revoked) is public.
/// </summary>
internal sealed class Credential
{
    private Credential() { }

    public Guid Id { get; private set; }
    public Guid LearnerId { get; private set; }
    public Guid? CommendationId { get; private set; }
    public string Kind { get; private set; } = "";
    public string Token { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevocationReason { get; private set; }

    /// <summary>Its position in the revocation status lists; null for credentials issued before they existed.</summary>
    public long? StatusIndex { get; private set; }

    public static Guid NewId(DateTimeOffset now) => Guid.CreateVersion7(now);

    public static Credential Issue(Guid id, Guid learnerId, Guid? commendationId, string kind, string token, long statusIndex, DateTimeOffset now) =>
        new() { Id = id, LearnerId = learnerId, CommendationId = commendationId, Kind = kind, Token = token, StatusIndex = statusIndex, IssuedAt = now };

    public bool Revoke(string reason, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return false;
        }
        RevokedAt = now;
        RevocationReason = reason;
        return true;
    }
}
