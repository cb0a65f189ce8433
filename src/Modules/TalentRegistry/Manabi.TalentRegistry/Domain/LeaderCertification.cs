namespace Manabi.TalentRegistry.Domain;

/// <summary>
/// A ひと・まちづくりリーダー certification (24-1): its number and date, the training it followed,
/// and the Open Badges 3.0 credential that proves it. Revoking the certification revokes the
/// credential; erasing the person's data withdraws the credential (it names them) but the
/// certification still counts, as their activity records do.
/// </summary>
internal sealed class LeaderCertification
{
    private LeaderCertification() { }

    public Guid Id { get; private set; }

    /// <summary>The certificate number, e.g. 2026-0003: fiscal year of certification and a running number.</summary>
    public string Number { get; private set; } = "";

    public Guid PersonId { get; private set; }
    public Guid TrainingId { get; private set; }
    public DateOnly CertifiedOn { get; private set; }

    /// <summary>The signed VC-JWT; null for demo certifications (their people have no login to hold one) and after erasure.</summary>
    public string? Token { get; private set; }

    /// <summary>Its place in TalentRegistry's revocation status lists.</summary>
    public long StatusIndex { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevocationReason { get; private set; }
    public DateTimeOffset? ErasedAt { get; private set; }
    public bool IsDemo { get; private set; }

    public static LeaderCertification Certify(Guid id, string number, Guid personId, Guid trainingId, DateOnly certifiedOn, string? token,
        long statusIndex, DateTimeOffset now, bool isDemo = false) => new()
    {
        Id = id, Number = number, PersonId = personId, TrainingId = trainingId, CertifiedOn = certifiedOn, Token = token,
        StatusIndex = statusIndex, IssuedAt = now, IsDemo = isDemo,
    };

    public bool Revoke(string reason, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return false;
        }
        RevokedAt = now;
        RevocationReason = reason.Trim();
        return true;
    }

    public void Erase(DateTimeOffset now)
    {
        Token = null;
        ErasedAt ??= now;
    }
}
