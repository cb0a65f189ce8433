using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.CorrectSession;

/// <summary>The session as it really was; it replaces what was recorded.</summary>
/// <param name="Date">When.</param>
/// <param name="StartsAt">Start time.</param>
/// <param name="EndsAt">End time.</param>
/// <param name="Place">Where.</param>
/// <param name="Status">Planned, Held or Cancelled.</param>
/// <param name="Children">Children who took part.</param>
/// <param name="RegisteredPersonIds">Registered volunteers who took part (the list replaces the earlier one).</param>
/// <param name="UnregisteredHelpers">Helpers who are not registered.</param>
public sealed record CorrectSessionRequest(
    DateOnly? Date, TimeOnly? StartsAt, TimeOnly? EndsAt, string? Place, CollaborationSessionStatus? Status, int? Children,
    IReadOnlyList<Guid>? RegisteredPersonIds, int? UnregisteredHelpers)
{
    internal CorrectSessionCommand ToCommand(Guid activityId, Guid sessionId, Caller caller) =>
        new(activityId, sessionId, Date, StartsAt, EndsAt, Place, Status, Children, RegisteredPersonIds, UnregisteredHelpers, caller);
}
