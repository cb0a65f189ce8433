using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Features.DeliveryLectures;

/// <summary>A request as the board's staff see it (with the group's contact details).</summary>
public sealed record LectureRequestResponse(
    Guid Id, Guid TopicId, string TopicTitle, string GroupName, string ContactName, string? ContactEmail, string? ContactPhone,
    IReadOnlyList<DateOnly> WishedDates, int ExpectedParticipants, string? Notes, LectureRequestStatus Status,
    DateTimeOffset? ScheduledAt, string? Place, DateOnly? DeliveredOn, int? Participants, string? InstructorReport, string? Reason,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    internal static LectureRequestResponse From(LectureRequest r, string topicTitle) => new(
        r.Id, r.TopicId, topicTitle, r.GroupName, r.ContactName, r.ContactEmail, r.ContactPhone, r.WishedDates, r.ExpectedParticipants,
        r.Notes, r.Status, JapanTime.Of(r.ScheduledAt), r.Place, r.DeliveredOn, r.Participants, r.InstructorReport,
        r.Reason, r.CreatedAt, r.UpdatedAt);
}
