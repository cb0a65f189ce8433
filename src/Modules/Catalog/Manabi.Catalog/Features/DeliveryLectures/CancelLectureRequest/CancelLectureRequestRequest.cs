using Manabi.Catalog.Contracts;
using Manabi.Catalog.Features.DeliveryLectures.MoveLectureRequest;

namespace Manabi.Catalog.Features.DeliveryLectures.CancelLectureRequest;

/// <summary>Why the group cancels.</summary>
/// <param name="Reason">Its reason, kept with the request.</param>
public sealed record CancelLectureRequestRequest(string? Reason)
{
    internal MoveLectureRequestCommand ToCommand(Guid id, string trackingCode) =>
        new(id, LectureRequestStatus.Cancelled, null, null, null, null, null, Reason, trackingCode, null);
}
