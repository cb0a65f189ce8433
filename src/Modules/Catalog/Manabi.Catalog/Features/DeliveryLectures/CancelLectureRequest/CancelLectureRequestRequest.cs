namespace Manabi.Catalog.Features.DeliveryLectures.CancelLectureRequest;

/// <summary>Why the group cancels.</summary>
/// <param name="Reason">Its reason, kept with the request.</param>
public sealed record CancelLectureRequestRequest(string? Reason);
