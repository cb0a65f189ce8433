using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Domain;

/// <summary>
/// One person's part in one occurrence of an activity (one 延活動人数). The occurrence key names
/// the occurrence the same way whichever way it arrives (a Catalog session, a delivery lecture,
/// staff's spreadsheet), and the database keeps one record per person and key.
/// </summary>
internal sealed class ActivityRecord
{
    private ActivityRecord() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public ActivityRole Role { get; private set; }
    public ActivityKind Kind { get; private set; }
    public DateOnly Date { get; private set; }
    public decimal? Hours { get; private set; }
    public ActivitySource Source { get; private set; }
    public string OccurrenceKey { get; private set; } = "";
    public string? Title { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? VoidedAt { get; private set; }
    public string? VoidReason { get; private set; }
    public bool IsDemo { get; private set; }

    public static ActivityRecord Record(Guid personId, ActivityOccurrence occurrence, ActivitySource source, string recordedBy, DateTimeOffset now, bool isDemo = false) => new()
    {
        Id = Guid.CreateVersion7(now), PersonId = personId, Role = occurrence.Role, Kind = occurrence.Kind, Date = occurrence.Date,
        Hours = occurrence.Hours, Source = source, OccurrenceKey = occurrence.Key, Title = occurrence.Title, RecordedBy = recordedBy,
        RecordedAt = now, IsDemo = isDemo,
    };

    public bool Void(string reason, DateTimeOffset now)
    {
        if (VoidedAt is not null)
        {
            return false;
        }
        VoidedAt = now;
        VoidReason = reason.Trim();
        return true;
    }

    /// <summary>Counts again: the source that took it back (a corrected school session) lists the person once more.</summary>
    public bool Reinstate()
    {
        if (VoidedAt is null)
        {
            return false;
        }
        (VoidedAt, VoidReason) = (null, null);
        return true;
    }
}

/// <summary>An occurrence of an activity and the part played in it.</summary>
internal sealed record ActivityOccurrence(string Key, ActivityRole Role, ActivityKind Kind, DateOnly Date, decimal? Hours, string? Title)
{
    /// <summary>A Catalog session: the same key whether the session's event or staff report it.</summary>
    public static string SessionKey(Guid sessionId) => $"session:{sessionId}";

    /// <summary>A held session of a community–school activity (SchoolCommunityCoordination).</summary>
    public static string SchoolSessionKey(Guid sessionId) => $"school-session:{sessionId}";

    /// <summary>A delivered delivery lecture.</summary>
    public static string LectureKey(Guid requestId) => $"lecture:{requestId}";

    /// <summary>Anything else: what it was, when, and the reference staff give it (e.g. 「公民館まつり」).</summary>
    public static string OtherKey(ActivityKind kind, DateOnly date, string reference) =>
        $"{kind}:{date:yyyy-MM-dd}:{reference.Trim().ToLowerInvariant()}";
}
