using Manabi.BuildingBlocks.Contracts;

namespace Manabi.Passbook.Contracts;

/// <summary>A citizen registered for the stamp rally (indicator 22-1 counts learners). No personal data.</summary>
public sealed record LearnerRegisteredIntegrationEvent(Guid LearnerId, DateTimeOffset RegisteredAt) : IntegrationEvent;

/// <summary>A stamp was recorded: a learner attended a session of a stamp-rally programme.</summary>
/// <param name="StampId">The stamp.</param>
/// <param name="LearnerId">The learner (an id, never personal data).</param>
/// <param name="SessionId">The session attended.</param>
/// <param name="OpportunityId">Its programme.</param>
/// <param name="ProviderId">Its provider.</param>
/// <param name="Credits">Credits earned.</param>
/// <param name="Method">How it was recorded.</param>
/// <param name="RecordedAt">When.</param>
public sealed record StampRecordedIntegrationEvent(
    Guid StampId, Guid LearnerId, Guid SessionId, Guid OpportunityId, Guid ProviderId, decimal Credits, StampMethod Method, DateTimeOffset RecordedAt)
    : IntegrationEvent;

/// <summary>A stamp was voided (its credits no longer count).</summary>
public sealed record StampVoidedIntegrationEvent(Guid StampId, Guid LearnerId, Guid SessionId, Guid OpportunityId, decimal Credits) : IntegrationEvent;

/// <summary>A learner was commended at a ceremony for reaching a certification level (indicator 24-3).</summary>
public sealed record CommendationAwardedIntegrationEvent(Guid CommendationId, Guid LearnerId, Guid LevelId, decimal LevelCredits, DateOnly AwardedOn) : IntegrationEvent;

/// <summary>A commendation was withdrawn because the learner's credits fell back below its level.</summary>
public sealed record CommendationWithdrawnIntegrationEvent(Guid CommendationId, Guid LearnerId, Guid LevelId) : IntegrationEvent;
