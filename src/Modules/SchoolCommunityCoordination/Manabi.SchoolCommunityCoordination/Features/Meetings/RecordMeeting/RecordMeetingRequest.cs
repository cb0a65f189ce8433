using Manabi.SchoolCommunityCoordination.Contracts;

namespace Manabi.SchoolCommunityCoordination.Features.Meetings.RecordMeeting;

/// <summary>A meeting that was held.</summary>
/// <param name="Kind">CoordinatorTraining (推進員研修) or ExchangeMeeting (情報交換会).</param>
/// <param name="Title">What it was, e.g. 地域学校協働活動推進員研修会.</param>
/// <param name="Date">When it was held (today or earlier).</param>
/// <param name="Coordinators">Coordinators who attended.</param>
/// <param name="Volunteers">Volunteers who attended.</param>
public sealed record RecordMeetingRequest(MeetingKind? Kind, string? Title, DateOnly? Date, int? Coordinators, int? Volunteers)
{
    internal RecordMeetingCommand ToCommand() => new(Kind, Title, Date, Coordinators, Volunteers);
}
