using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.DeliveryLectures.MoveLectureRequest;

/// <summary>
/// Move a request on in the brokering workflow. <c>Scheduled</c> needs <c>scheduledAt</c>;
/// <c>Delivered</c> needs <c>deliveredOn</c> and <c>participants</c>; <c>Declined</c> and <c>Cancelled</c> need a <c>reason</c>.
/// </summary>
/// <param name="Status">Arranging, Scheduled, Delivered, Declined or Cancelled.</param>
/// <param name="ScheduledAt">When it will be held.</param>
/// <param name="Place">Where.</param>
/// <param name="DeliveredOn">When it was held.</param>
/// <param name="Participants">Who took part.</param>
/// <param name="InstructorReport">The instructor's report.</param>
/// <param name="Reason">Why it was declined or cancelled.</param>
public sealed record MoveLectureRequestRequest(
    LectureRequestStatus? Status, DateTimeOffset? ScheduledAt, string? Place, DateOnly? DeliveredOn, int? Participants,
    string? InstructorReport, string? Reason)
{
    internal MoveLectureRequestCommand ToCommand(Guid id, string reader) =>
        new(id, Status, ScheduledAt, Place, DeliveredOn, Participants, InstructorReport, Reason, TrackingCode: null, Reader: reader);
}
