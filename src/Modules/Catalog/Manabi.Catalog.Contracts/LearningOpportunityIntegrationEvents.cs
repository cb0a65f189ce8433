using Manabi.BuildingBlocks.Contracts;

namespace Manabi.Catalog.Contracts;

/// <summary>A session as other modules need it: when, and whether it is still on.</summary>
public sealed record OpportunitySessionInfo(Guid SessionId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, SessionStatus Status);

/// <summary>A learning opportunity became public (published for the first time, or again).</summary>
/// <param name="OpportunityId">Catalog id.</param>
/// <param name="ProviderId">Its provider.</param>
/// <param name="Kind">Course, lecture, event, …</param>
/// <param name="StampRallyEligible">Whether attending earns passbook stamps.</param>
/// <param name="CreditsPerSession">Credits per attended session (0 when not eligible).</param>
/// <param name="BoardRun">Run by the board of education itself.</param>
/// <param name="BoardBrokered">Brokered by the board (e.g. delivery lectures).</param>
/// <param name="InstructorKinds">Where each instructor comes from.</param>
/// <param name="Fields">Field codes.</param>
/// <param name="Sessions">Its sessions.</param>
public sealed record LearningOpportunityPublishedIntegrationEvent(
    Guid OpportunityId, Guid ProviderId, OpportunityKind Kind, bool StampRallyEligible, decimal CreditsPerSession,
    bool BoardRun, bool BoardBrokered, IReadOnlyList<InstructorKind> InstructorKinds, IReadOnlyList<string> Fields,
    IReadOnlyList<OpportunitySessionInfo> Sessions) : IntegrationEvent;

/// <summary>A public learning opportunity changed (same shape as when it was published).</summary>
public sealed record LearningOpportunityChangedIntegrationEvent(
    Guid OpportunityId, Guid ProviderId, OpportunityKind Kind, bool StampRallyEligible, decimal CreditsPerSession,
    bool BoardRun, bool BoardBrokered, IReadOnlyList<InstructorKind> InstructorKinds, IReadOnlyList<string> Fields,
    IReadOnlyList<OpportunitySessionInfo> Sessions) : IntegrationEvent;

/// <summary>A public learning opportunity stopped being public: withdrawn, cancelled or back to draft.</summary>
public sealed record LearningOpportunityWithdrawnIntegrationEvent(Guid OpportunityId, Guid ProviderId, OpportunityStatus Status) : IntegrationEvent;

/// <summary>Staff approved a provider (or reinstated a suspended one).</summary>
public sealed record ProviderApprovedIntegrationEvent(Guid ProviderId, ProviderKind Kind) : IntegrationEvent;

/// <summary>Staff suspended a provider: its opportunities are no longer public.</summary>
public sealed record ProviderSuspendedIntegrationEvent(Guid ProviderId) : IntegrationEvent;

/// <summary>
/// A session was held (or its participant count corrected: consumers keep the latest report per
/// session). Carries what indicators 22-2 and 26-1 count: who ran it and where instructors came from.
/// </summary>
/// <param name="SessionId">The session.</param>
/// <param name="OpportunityId">Its opportunity.</param>
/// <param name="ProviderId">Its provider.</param>
/// <param name="Kind">Kind of opportunity.</param>
/// <param name="HeldAt">When it started.</param>
/// <param name="Participants">People who took part.</param>
/// <param name="BoardRun">Run by the board of education.</param>
/// <param name="BoardBrokered">Brokered by the board.</param>
/// <param name="InstructorKinds">Where each instructor comes from.</param>
/// <param name="InstructorPersonIds">TalentRegistry ids of the instructors who have one.</param>
public sealed record SessionHeldIntegrationEvent(
    Guid SessionId, Guid OpportunityId, Guid ProviderId, OpportunityKind Kind, DateTimeOffset HeldAt, int Participants,
    bool BoardRun, bool BoardBrokered, IReadOnlyList<InstructorKind> InstructorKinds, IReadOnlyList<Guid> InstructorPersonIds) : IntegrationEvent;

/// <summary>A delivery lecture (千歳学出前講座) brokered by the board was delivered.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="TopicId">The menu topic.</param>
/// <param name="FieldCode">Its field.</param>
/// <param name="DeliveredOn">When it was held.</param>
/// <param name="Participants">People who took part.</param>
/// <param name="InstructorKinds">Where each instructor comes from.</param>
/// <param name="InstructorPersonIds">TalentRegistry ids of the instructors who have one.</param>
public sealed record DeliveryLectureDeliveredIntegrationEvent(
    Guid RequestId, Guid TopicId, string FieldCode, DateOnly DeliveredOn, int Participants,
    IReadOnlyList<InstructorKind> InstructorKinds, IReadOnlyList<Guid> InstructorPersonIds) : IntegrationEvent;

/// <summary>The exchange center published an information issue (indicator 23-2 counts its items).</summary>
public sealed record InformationIssuePublishedIntegrationEvent(Guid IssueId, InformationChannel Channel, int ItemCount, DateTimeOffset PublishedAt) : IntegrationEvent;
