using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Domain;

/// <summary>
/// A citizen in the talent register (人材): who they are, what they can do and when, what they
/// consented to, and where their registration stands. Only an active person within their term is
/// counted (24-2), listed in the directory (with publication consent) and matched.
/// </summary>
internal sealed class Person
{
    private Person() { }

    public Guid Id { get; private set; }

    /// <summary>The citizen's login when they applied themselves; one person per login.</summary>
    public string? Subject { get; private set; }

    public string Name { get; private set; } = "";
    public string NameKana { get; private set; } = "";
    public int BirthYear { get; private set; }
    public string? Contact { get; private set; }
    public string? Area { get; private set; }
    public string? SchoolDistrict { get; private set; }
    public List<TalentRole> Roles { get; private set; } = [];
    public List<string> Fields { get; private set; } = [];
    public string? Skills { get; private set; }
    public string? Qualifications { get; private set; }

    /// <summary>Weekly availability as slot numbers (<see cref="AvailabilitySlot"/>).</summary>
    public List<int> Availability { get; private set; } = [];

    public List<DateRange> Unavailable { get; private set; } = [];
    public bool TeachesOnline { get; private set; }
    public string? PublicProfile { get; private set; }

    public string ConsentVersion { get; private set; } = "";
    public DateTimeOffset ConsentedAt { get; private set; }

    /// <summary>When the person agreed to the directory showing their public profile; null once withdrawn.</summary>
    public DateTimeOffset? PublicationConsentedAt { get; private set; }

    /// <summary>Last day the volunteer insurance (ボランティア活動保険) covers: 31 March of the fiscal year it was taken out for.</summary>
    public DateOnly? InsuredUntil { get; private set; }

    /// <summary>Trainings completed (a gate for roles that require them), by code.</summary>
    public List<TrainingRecord> Trainings { get; private set; } = [];

    public PersonStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateOnly? TermEndsOn { get; private set; }
    public DateTimeOffset? ErasedAt { get; private set; }
    public bool IsDemo { get; private set; }
    public uint Version { get; private set; }

    public static Person Register(PersonProfile profile, Consent consent, string? subject, DateTimeOffset now, bool isDemo = false)
    {
        var person = new Person
        {
            Id = Guid.CreateVersion7(now), Subject = subject, Status = PersonStatus.Applied, RegisteredAt = now,
            ConsentVersion = consent.Version, ConsentedAt = now, IsDemo = isDemo,
        };
        person.Revise(profile);
        person.PublicationConsentedAt = consent.Publication ? now : null;
        return person;
    }

    public void Revise(PersonProfile profile)
    {
        Name = profile.Name.Trim();
        NameKana = profile.NameKana.Trim();
        BirthYear = profile.BirthYear;
        Contact = Blank(profile.Contact);
        Area = Blank(profile.Area);
        SchoolDistrict = Blank(profile.SchoolDistrict);
        // The leader role comes only with a certification, never from a form.
        Roles = [.. profile.Roles.Where(r => r != TalentRole.CommunityLeader).Concat(Roles.Where(r => r == TalentRole.CommunityLeader)).Distinct().Order()];
        Fields = [.. profile.Fields.Distinct(StringComparer.Ordinal)];
        Skills = Blank(profile.Skills);
        Qualifications = Blank(profile.Qualifications);
        Availability = [.. profile.Availability.Distinct().Order()];
        Unavailable = [.. profile.Unavailable];
        TeachesOnline = profile.TeachesOnline;
        PublicProfile = Blank(profile.PublicProfile);
    }

    /// <summary>Certification made them a ひと・まちづくりリーダー; the role can come no other way.</summary>
    public void BecomeLeader() => Roles = [.. Roles.Append(TalentRole.CommunityLeader).Distinct().Order()];

    /// <summary>Their last valid certification was revoked.</summary>
    public void StopBeingLeader() => Roles.Remove(TalentRole.CommunityLeader);

    /// <summary>Volunteer insurance for a fiscal year runs to its 31 March.</summary>
    public void Insure(int fiscalYear) => InsuredUntil = InsuredUntil is { } until && until.Year > fiscalYear + 1 ? until : new DateOnly(fiscalYear + 1, 3, 31);

    public void CompleteTraining(string code, DateOnly completedOn)
    {
        Trainings.RemoveAll(t => t.Code == code);
        Trainings.Add(new TrainingRecord(code, completedOn));
    }

    /// <summary>The required trainings not completed within <paramref name="validYears"/> years before <paramref name="until"/>.</summary>
    public IReadOnlyList<string> MissingTrainings(IEnumerable<string> required, DateOnly until, int validYears) =>
        [.. required.Where(code => !Trainings.Any(t => t.Code == code && t.CompletedOn.AddYears(validYears) >= until))];

    /// <summary>Roles that act with children or the public outside a classroom need the insurance in force.</summary>
    public static bool NeedsInsurance(TalentRole role) => role is TalentRole.Volunteer or TalentRole.ChildrenSupporter;

    /// <summary>Free on that day in that part of the day: a weekly slot they offered, and no period they said they are away.</summary>
    public bool IsAvailable(DateOnly day, TimeBand band) =>
        Availability.Contains(AvailabilitySlot.Of(day.DayOfWeek, band)) && !Unavailable.Any(u => u.From <= day && day <= u.To);

    /// <summary>The standing as of <paramref name="today"/>: an active person past their term is lapsed.</summary>
    public PersonStatus StatusOn(DateOnly today) =>
        Status == PersonStatus.Active && TermEndsOn is { } end && today > end ? PersonStatus.Lapsed : Status;

    public bool IsPublishedOn(DateOnly today) => StatusOn(today) == PersonStatus.Active && PublicationConsentedAt is not null;

    public void ConsentToPublication(bool consent, DateTimeOffset now) => PublicationConsentedAt = consent ? PublicationConsentedAt ?? now : null;

    /// <summary>Staff accept an application: active until the end of the term that starts now.</summary>
    public bool Activate(DateOnly termEndsOn)
    {
        if (Status != PersonStatus.Applied)
        {
            return false;
        }
        Status = PersonStatus.Active;
        StatusReason = null;
        TermEndsOn = termEndsOn;
        return true;
    }

    public bool Decline(string reason) => Move(PersonStatus.Applied, PersonStatus.Declined, reason);

    public bool Suspend(string reason) => Move(PersonStatus.Active, PersonStatus.Suspended, reason);

    public bool Reinstate() => Move(PersonStatus.Suspended, PersonStatus.Active, null);

    public bool Retire(string reason)
    {
        if (Status is not (PersonStatus.Active or PersonStatus.Suspended))
        {
            return false;
        }
        Status = PersonStatus.Retired;
        StatusReason = reason.Trim();
        return true;
    }

    /// <summary>A new term for an active or lapsed person.</summary>
    public bool Renew(DateOnly termEndsOn)
    {
        if (Status != PersonStatus.Active || TermEndsOn >= termEndsOn)
        {
            return false;
        }
        TermEndsOn = termEndsOn;
        return true;
    }

    /// <summary>
    /// The person asked to be forgotten: personal fields go, the record stays as an anonymous
    /// retired entry so activity records still count (indicators do not change).
    /// </summary>
    public void Erase(DateTimeOffset now)
    {
        Subject = null;
        Name = "（削除済み）";
        NameKana = "";
        Contact = null;
        SchoolDistrict = null;
        Skills = null;
        Qualifications = null;
        Availability = [];
        Unavailable = [];
        PublicProfile = null;
        PublicationConsentedAt = null;
        if (Status is PersonStatus.Active or PersonStatus.Suspended)
        {
            Status = PersonStatus.Retired;
        }
        StatusReason = "本人の申し出により個人情報を削除";
        ErasedAt = now;
    }

    private bool Move(PersonStatus from, PersonStatus to, string? reason)
    {
        if (Status != from)
        {
            return false;
        }
        Status = to;
        StatusReason = reason?.Trim();
        return true;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What a person or staff member fills in on the registration form.</summary>
internal sealed record PersonProfile(
    string Name, string NameKana, int BirthYear, string? Contact, string? Area, string? SchoolDistrict, IReadOnlyList<TalentRole> Roles,
    IReadOnlyList<string> Fields, string? Skills, string? Qualifications, IReadOnlyList<int> Availability, IReadOnlyList<DateRange> Unavailable,
    bool TeachesOnline, string? PublicProfile);

/// <summary>The privacy notice agreed to (its version), and whether the public profile may be published.</summary>
internal sealed record Consent(string Version, bool Publication);

/// <summary>A training completed on a day.</summary>
internal sealed record TrainingRecord(string Code, DateOnly CompletedOn);

/// <summary>Days (inclusive) a person cannot be asked.</summary>
internal sealed record DateRange(DateOnly From, DateOnly To);
