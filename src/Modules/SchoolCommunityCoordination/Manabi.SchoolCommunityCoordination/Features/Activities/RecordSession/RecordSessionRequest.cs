using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.RecordSession;

/// <summary>One session of an activity.</summary>
/// <param name="Date">When (today or earlier for a held session).</param>
/// <param name="StartsAt">Start time.</param>
/// <param name="EndsAt">End time.</param>
/// <param name="Place">Where.</param>
/// <param name="Status">Planned, Held or Cancelled; only Held counts, with its children and volunteers.</param>
/// <param name="Children">Children who took part.</param>
/// <param name="RegisteredPersonIds">Registered volunteers (TalentRegistry person ids) who took part; each counts once.</param>
/// <param name="UnregisteredHelpers">Helpers who are not registered, as a count.</param>
public sealed record RecordSessionRequest(
    DateOnly? Date, TimeOnly? StartsAt, TimeOnly? EndsAt, string? Place, CollaborationSessionStatus? Status, int? Children,
    IReadOnlyList<Guid>? RegisteredPersonIds, int? UnregisteredHelpers)
{
    internal RecordSessionCommand ToCommand(Guid activityId, Caller caller) =>
        new(activityId, Date, StartsAt, EndsAt, Place, Status, Children, RegisteredPersonIds, UnregisteredHelpers, caller);
}
