using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Domain;

/// <summary>
/// A group's request for a delivery lecture, brokered by the board of education:
/// requested → arranging → scheduled → delivered, or declined / cancelled with a reason.
/// </summary>
internal sealed class LectureRequest
{
    private LectureRequest() { }

    public Guid Id { get; private set; }
    public Guid TopicId { get; private set; }
    public string GroupName { get; private set; } = "";
    public string ContactName { get; private set; } = "";
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }
    public List<DateOnly> WishedDates { get; private set; } = [];
    public int ExpectedParticipants { get; private set; }
    public string? Notes { get; private set; }
    public LectureRequestStatus Status { get; private set; }
    public DateTimeOffset? ScheduledAt { get; private set; }
    public string? Place { get; private set; }
    public DateOnly? DeliveredOn { get; private set; }
    public int? Participants { get; private set; }
    public string? InstructorReport { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>SHA-256 of the code the group got to follow its request; the code itself is not kept.</summary>
    public byte[] TrackingCodeHash { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public bool IsFinal => Status is LectureRequestStatus.Delivered or LectureRequestStatus.Declined or LectureRequestStatus.Cancelled;

    public static LectureRequest Submit(Guid topicId, LectureRequestDetails details, byte[] trackingCodeHash, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TopicId = topicId,
        GroupName = details.GroupName.Trim(),
        ContactName = details.ContactName.Trim(),
        ContactEmail = details.ContactEmail,
        ContactPhone = details.ContactPhone,
        WishedDates = [.. details.WishedDates.Order()],
        ExpectedParticipants = details.ExpectedParticipants,
        Notes = details.Notes,
        Status = LectureRequestStatus.Requested,
        TrackingCodeHash = trackingCodeHash,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Moves the request on; returns false when the move is not allowed from where it stands.</summary>
    public bool MoveTo(LectureRequestStatus next, LectureRequestTransition details, DateTimeOffset now)
    {
        var allowed = (Status, next) switch
        {
            (LectureRequestStatus.Requested, LectureRequestStatus.Arranging) => true,
            (LectureRequestStatus.Arranging or LectureRequestStatus.Scheduled, LectureRequestStatus.Scheduled) => details.ScheduledAt is not null,
            (LectureRequestStatus.Scheduled, LectureRequestStatus.Delivered) => details.DeliveredOn is not null && details.Participants is not null,
            (_, LectureRequestStatus.Declined or LectureRequestStatus.Cancelled) => !IsFinal && !string.IsNullOrWhiteSpace(details.Reason),
            _ => false,
        };
        if (!allowed)
        {
            return false;
        }
        Status = next;
        ScheduledAt = details.ScheduledAt?.ToUniversalTime() ?? ScheduledAt;
        Place = details.Place ?? Place;
        DeliveredOn = details.DeliveredOn ?? DeliveredOn;
        Participants = details.Participants ?? Participants;
        InstructorReport = details.InstructorReport ?? InstructorReport;
        Reason = details.Reason ?? Reason;
        UpdatedAt = now;
        return true;
    }
}

internal sealed record LectureRequestDetails(
    string GroupName, string ContactName, string? ContactEmail, string? ContactPhone,
    IReadOnlyList<DateOnly> WishedDates, int ExpectedParticipants, string? Notes);

internal sealed record LectureRequestTransition(
    DateTimeOffset? ScheduledAt, string? Place, DateOnly? DeliveredOn, int? Participants, string? InstructorReport, string? Reason);
