namespace Manabi.Catalog.Features.DeliveryLectures.SubmitLectureRequest;

/// <summary>A group asks for a delivery lecture (no account needed).</summary>
/// <param name="TopicId">The menu topic.</param>
/// <param name="GroupName">The requesting group.</param>
/// <param name="ContactName">Who the board should contact.</param>
/// <param name="ContactEmail">Contact e-mail (this or a phone number).</param>
/// <param name="ContactPhone">Contact phone.</param>
/// <param name="WishedDates">1 to 5 wished dates, respecting the topic's lead time.</param>
/// <param name="ExpectedParticipants">How many will attend (at least the topic's minimum).</param>
/// <param name="Notes">Anything the board should know.</param>
public sealed record SubmitLectureRequestRequest(
    Guid? TopicId, string? GroupName, string? ContactName, string? ContactEmail, string? ContactPhone,
    IReadOnlyList<DateOnly>? WishedDates, int? ExpectedParticipants, string? Notes)
{
    internal SubmitLectureRequestCommand ToCommand() => new(TopicId, GroupName, ContactName, ContactEmail, ContactPhone, WishedDates, ExpectedParticipants, Notes);
}
