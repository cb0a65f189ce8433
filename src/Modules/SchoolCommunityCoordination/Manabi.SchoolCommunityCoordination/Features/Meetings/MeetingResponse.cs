using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Domain;

namespace Manabi.SchoolCommunityCoordination.Features.Meetings;

/// <summary>A training or exchange meeting.</summary>
/// <param name="Id">The meeting.</param>
/// <param name="Kind">CoordinatorTraining or ExchangeMeeting.</param>
/// <param name="Title">What it was.</param>
/// <param name="Date">When.</param>
/// <param name="Coordinators">Coordinators who attended.</param>
/// <param name="Volunteers">Volunteers who attended.</param>
public sealed record MeetingResponse(Guid Id, MeetingKind Kind, string Title, DateOnly Date, int Coordinators, int Volunteers)
{
    internal static MeetingResponse From(CoordinationMeeting m) => new(m.Id, m.Kind, m.Title, m.Date, m.Coordinators, m.Volunteers);
}
