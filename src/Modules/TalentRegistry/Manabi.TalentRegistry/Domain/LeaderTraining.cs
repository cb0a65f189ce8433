namespace Manabi.TalentRegistry.Domain;

/// <summary>
/// A leader training programme (ひと・まちづくりリーダー養成講座) run with a partner committee: its
/// sessions, who is enrolled, who attended what, and the rule a trainee meets to be certified.
/// </summary>
internal sealed class LeaderTraining
{
    private LeaderTraining() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public int FiscalYear { get; private set; }
    public string? PartnerCommittee { get; private set; }
    public List<TrainingSession> Sessions { get; private set; } = [];
    public int MinimumSessionsAttended { get; private set; }
    public bool PracticalActivityRequired { get; private set; }
    public List<Trainee> Trainees { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public bool IsDemo { get; private set; }
    public uint Version { get; private set; }

    public static LeaderTraining Define(string name, int fiscalYear, string? partnerCommittee, IEnumerable<TrainingSession> sessions,
        int minimumSessionsAttended, bool practicalActivityRequired, DateTimeOffset now, bool isDemo = false) => new()
    {
        Id = Guid.CreateVersion7(now), Name = name.Trim(), FiscalYear = fiscalYear,
        PartnerCommittee = string.IsNullOrWhiteSpace(partnerCommittee) ? null : partnerCommittee.Trim(),
        Sessions = [.. sessions.OrderBy(s => s.Date).Select((s, i) => s with { Number = i + 1, Title = s.Title.Trim() })],
        MinimumSessionsAttended = minimumSessionsAttended, PracticalActivityRequired = practicalActivityRequired, CreatedAt = now, IsDemo = isDemo,
    };

    public Trainee? TraineeOf(Guid personId) => Trainees.SingleOrDefault(t => t.PersonId == personId);

    public Trainee Enrol(Guid personId, DateTimeOffset now)
    {
        var trainee = new Trainee { Id = Guid.CreateVersion7(now), TrainingId = Id, PersonId = personId, EnrolledAt = now };
        Trainees.Add(trainee);
        return trainee;
    }

    /// <summary>The register of one session, as taken: those listed attended it, every other trainee did not.</summary>
    public void TakeRegister(int sessionNumber, IReadOnlySet<Guid> present)
    {
        foreach (var trainee in Trainees)
        {
            trainee.AttendedSessions.Remove(sessionNumber);
            if (present.Contains(trainee.PersonId))
            {
                trainee.AttendedSessions.Add(sessionNumber);
                trainee.AttendedSessions.Sort();
            }
        }
    }

    /// <summary>What a trainee still lacks for certification; empty when the completion rule is met.</summary>
    public CompletionGap GapOf(Trainee trainee) => new(
        Math.Max(0, MinimumSessionsAttended - trainee.AttendedSessions.Count),
        PracticalActivityRequired && trainee.PracticalActivityOn is null);
}

/// <summary>One session of a training, numbered in date order.</summary>
internal sealed record TrainingSession(int Number, DateOnly Date, string Title);

/// <summary>What stands between a trainee and certification.</summary>
internal sealed record CompletionGap(int SessionsMissing, bool PracticalActivityMissing)
{
    public bool IsMet => SessionsMissing == 0 && !PracticalActivityMissing;
}

/// <summary>A person enrolled in a training: sessions attended and the practical activity they reported.</summary>
internal sealed class Trainee
{
    public Guid Id { get; init; }
    public Guid TrainingId { get; init; }
    public Guid PersonId { get; init; }
    public List<int> AttendedSessions { get; private set; } = [];
    public DateOnly? PracticalActivityOn { get; private set; }
    public string? PracticalActivitySummary { get; private set; }
    public DateTimeOffset EnrolledAt { get; init; }

    public void ReportPracticalActivity(DateOnly on, string summary)
    {
        PracticalActivityOn = on;
        PracticalActivitySummary = summary.Trim();
    }

    /// <summary>The person asked to be forgotten: the date stays (it counted for the rule), their words go.</summary>
    public void ForgetPracticalActivitySummary() => PracticalActivitySummary = PracticalActivitySummary is null ? null : "（削除済み）";

    /// <summary>Used by demo data: attended these sessions.</summary>
    public void Attended(IEnumerable<int> sessions) => AttendedSessions = [.. sessions.Distinct().Order()];
}
