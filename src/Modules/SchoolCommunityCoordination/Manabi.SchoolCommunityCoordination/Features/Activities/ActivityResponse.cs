using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Domain;

namespace Manabi.SchoolCommunityCoordination.Features.Activities;

/// <summary>A collaborative activity and its sessions.</summary>
/// <param name="Id">The activity.</param>
/// <param name="DistrictId">Its district.</param>
/// <param name="SchoolIds">The schools it serves.</param>
/// <param name="Kind">SchoolSupport, AfterSchoolWeekend, CommunityEventLink, FamilyEducationSupport or Other.</param>
/// <param name="Title">What it is.</param>
/// <param name="CoordinatorRun">Whether a coordinator plans and runs it (25-2 counts after-school/weekend ones that are).</param>
/// <param name="Sessions">Its sessions by date.</param>
public sealed record CollaborativeActivityResponse(
    Guid Id, Guid DistrictId, IReadOnlyList<Guid> SchoolIds, CollaborationKind Kind, string Title, bool CoordinatorRun, IReadOnlyList<CollaborationSessionResponse> Sessions)
{
    internal static CollaborativeActivityResponse From(CollaborativeActivity a, IEnumerable<CollaborationSession> sessions) =>
        new(a.Id, a.DistrictId, a.SchoolIds, a.Kind, a.Title, a.CoordinatorRun,
            [.. sessions.OrderBy(s => s.Date).ThenBy(s => s.StartsAt).Select(CollaborationSessionResponse.From)]);
}

/// <summary>One session.</summary>
/// <param name="Id">The session.</param>
/// <param name="Date">When.</param>
/// <param name="StartsAt">Start time.</param>
/// <param name="EndsAt">End time.</param>
/// <param name="Place">Where.</param>
/// <param name="Status">Planned, Held or Cancelled.</param>
/// <param name="Children">Children taking part.</param>
/// <param name="RegisteredPersonIds">Registered volunteers who took part.</param>
/// <param name="UnregisteredHelpers">Helpers not registered, as a count.</param>
/// <param name="VolunteerParticipations">延活動人数 of the session: registered participations plus unregistered helpers.</param>
public sealed record CollaborationSessionResponse(
    Guid Id, DateOnly Date, TimeOnly? StartsAt, TimeOnly? EndsAt, string? Place, CollaborationSessionStatus Status, int Children,
    IReadOnlyList<Guid> RegisteredPersonIds, int UnregisteredHelpers, int VolunteerParticipations)
{
    internal static CollaborationSessionResponse From(CollaborationSession s) => new(s.Id, s.Date, s.StartsAt, s.EndsAt, s.Place, s.Status, s.Children,
        [.. s.Participations.Select(p => p.PersonId).Order()], s.UnregisteredHelpers, s.VolunteerParticipations);
}
