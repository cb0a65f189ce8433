using Manabi.BuildingBlocks.Contracts;

namespace Manabi.SchoolCommunityCoordination.Contracts;

/// <summary>A junior-high school district (中学校区) was registered.</summary>
public sealed record SchoolDistrictRegisteredIntegrationEvent(Guid DistrictId) : IntegrationEvent;

/// <summary>A school was registered or changed: its district, kind, opening and closing, and the fiscal years it is flagged small.</summary>
public sealed record SchoolChangedIntegrationEvent(
    Guid SchoolId, Guid DistrictId, SchoolKind Kind, DateOnly? OpensOn, DateOnly? ClosesOn, IReadOnlyList<int> SmallInFiscalYears) : IntegrationEvent;

/// <summary>A coordinator (地域学校協働活動推進員) was commissioned to districts for a period.</summary>
public sealed record CoordinatorCommissionedIntegrationEvent(
    Guid CommissionId, Guid PersonId, IReadOnlyList<Guid> DistrictIds, DateOnly From, DateOnly? Until) : IntegrationEvent;

/// <summary>A commission ended (early, or was shortened).</summary>
public sealed record CoordinatorCommissionEndedIntegrationEvent(Guid CommissionId, Guid PersonId, DateOnly EndsOn) : IntegrationEvent;

/// <summary>
/// An activity session was recorded or corrected. <see cref="Status"/> Held counts (25-3); a later
/// event for the same session replaces what the earlier one said.
/// </summary>
/// <param name="SessionId">The session.</param>
/// <param name="ActivityId">Its activity.</param>
/// <param name="DistrictId">The district.</param>
/// <param name="SchoolIds">The schools it served.</param>
/// <param name="Kind">The activity's kind.</param>
/// <param name="CoordinatorRun">Whether a coordinator planned and ran it (25-2).</param>
/// <param name="Date">When.</param>
/// <param name="Status">Planned, Held or Cancelled.</param>
/// <param name="Children">Children taking part.</param>
/// <param name="RegisteredPersonIds">Registered volunteers who took part (TalentRegistry person ids).</param>
/// <param name="UnregisteredHelpers">Helpers who are not registered, as a count.</param>
public sealed record CollaborationSessionRecordedIntegrationEvent(
    Guid SessionId, Guid ActivityId, Guid DistrictId, IReadOnlyList<Guid> SchoolIds, CollaborationKind Kind, bool CoordinatorRun, DateOnly Date,
    CollaborationSessionStatus Status, int Children, IReadOnlyList<Guid> RegisteredPersonIds, int UnregisteredHelpers) : IntegrationEvent;

/// <summary>A coordinator training or exchange meeting was held, with how many coordinators and volunteers attended.</summary>
public sealed record CoordinationMeetingHeldIntegrationEvent(Guid MeetingId, MeetingKind Kind, DateOnly Date, int Coordinators, int Volunteers) : IntegrationEvent;
