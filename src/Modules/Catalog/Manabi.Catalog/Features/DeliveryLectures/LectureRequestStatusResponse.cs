using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.DeliveryLectures;

/// <summary>What a group may see of its own request.</summary>
/// <param name="Id">Request id.</param>
/// <param name="TopicTitle">The lecture asked for.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="ScheduledAt">When it will be held, once scheduled.</param>
/// <param name="Place">Where, once scheduled.</param>
/// <param name="Reason">Why it was declined or cancelled.</param>
public sealed record LectureRequestStatusResponse(Guid Id, string TopicTitle, LectureRequestStatus Status, DateTimeOffset? ScheduledAt, string? Place, string? Reason)
{
    internal static LectureRequestStatusResponse From(LectureRequestResponse r) => new(r.Id, r.TopicTitle, r.Status, r.ScheduledAt, r.Place, r.Reason);
}
