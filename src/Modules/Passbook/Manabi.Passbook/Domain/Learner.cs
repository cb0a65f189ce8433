namespace Manabi.Passbook.Domain;

/// <summary>
/// A citizen registered for the Learn-Chitose stamp rally (受講登録者), with the least personal data
/// the programme needs. A learner with a login is tied to it by <see cref="Subject"/>; a citizen
/// registered at a counter may have none.
/// </summary>
internal sealed class Learner
{
    private Learner() { }

    public Guid Id { get; private set; }
    public string? Subject { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string NameKana { get; private set; } = "";
    public int? BirthYear { get; private set; }
    public string? Area { get; private set; }
    public string? Contact { get; private set; }
    public string ConsentPurpose { get; private set; } = "";
    public string ConsentVersion { get; private set; } = "";
    public DateTimeOffset ConsentGivenAt { get; private set; }
    public string PassbookNumber { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }
    public bool RegisteredAtCounter { get; private set; }
    public int PassbooksIssued { get; private set; } = 1;
    public DateTimeOffset? ErasedAt { get; private set; }
    public uint Version { get; private set; }

    public static Learner Register(LearnerDetails details, Consent consent, string? subject, PassbookNumber number, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Subject = subject,
        DisplayName = details.DisplayName.Trim(),
        NameKana = details.NameKana.Trim(),
        BirthYear = details.BirthYear,
        Area = string.IsNullOrWhiteSpace(details.Area) ? null : details.Area.Trim(),
        Contact = string.IsNullOrWhiteSpace(details.Contact) ? null : details.Contact.Trim(),
        ConsentPurpose = consent.Purpose,
        ConsentVersion = consent.Version,
        ConsentGivenAt = now,
        PassbookNumber = number.Digits,
        RegisteredAt = now,
        RegisteredAtCounter = subject is null,
    };

    /// <summary>
    /// The learner asked for deletion (APPI): personal fields are erased and the login and number
    /// unlinked; the learner id stays behind their stamps as a pseudonym, so counts do not change.
    /// </summary>
    public void Erase(PassbookNumber unusedNumber, DateTimeOffset now)
    {
        Subject = null;
        DisplayName = "";
        NameKana = "";
        BirthYear = null;
        Area = null;
        Contact = null;
        PassbookNumber = unusedNumber.Digits;
        ErasedAt = now;
    }

    /// <summary>A lost passbook: a new number replaces the old one, which stops working. Stamps stay with the learner.</summary>
    public void Reissue(PassbookNumber number)
    {
        PassbookNumber = number.Digits;
        PassbooksIssued++;
    }
}

internal sealed record LearnerDetails(string DisplayName, string NameKana, int? BirthYear, string? Area, string? Contact);

/// <summary>What the learner agreed to, and which version of the text they saw.</summary>
internal sealed record Consent(string Purpose, string Version);
