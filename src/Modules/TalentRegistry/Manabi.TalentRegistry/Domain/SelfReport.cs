using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Domain;

/// <summary>What a person reported doing themselves: it becomes an activity record (and counts) only once staff approve it.</summary>
internal sealed class SelfReport
{
    private SelfReport() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public ActivityRole Role { get; private set; }
    public ActivityKind Kind { get; private set; }
    public DateOnly Date { get; private set; }
    public decimal? Hours { get; private set; }
    public string Reference { get; private set; } = "";
    public string? Title { get; private set; }
    public SelfReportStatus Status { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    public static SelfReport Submit(Guid personId, ActivityRole role, ActivityKind kind, DateOnly date, decimal? hours, string reference, string? title,
        DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), PersonId = personId, Role = role, Kind = kind, Date = date, Hours = hours, Reference = reference.Trim(),
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(), Status = SelfReportStatus.Pending, ReportedAt = now,
    };

    /// <summary>The occurrence it claims, named as staff would name it, so approving one already recorded adds nothing.</summary>
    public ActivityOccurrence Occurrence => new(ActivityOccurrence.OtherKey(Kind, Date, Reference), Role, Kind, Date, Hours, Title);

    public bool Decide(bool approve, string? reason, DateTimeOffset now)
    {
        if (Status != SelfReportStatus.Pending)
        {
            return false;
        }
        Status = approve ? SelfReportStatus.Approved : SelfReportStatus.Rejected;
        Reason = reason?.Trim();
        DecidedAt = now;
        return true;
    }
}
