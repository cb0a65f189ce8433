using Manabi.BuildingBlocks.Contracts;

namespace Manabi.TalentRegistry.Contracts;

/// <summary>A learning group formed after a board course (26-3 counts those that keep reporting activity).</summary>
public sealed record LearningGroupFormedIntegrationEvent(Guid GroupId, Guid CourseOpportunityId, DateOnly FormedOn) : IntegrationEvent;

/// <summary>A learning group reported activity in a fiscal year: it keeps learning or acting that year.</summary>
public sealed record LearningGroupActivityReportedIntegrationEvent(Guid GroupId, Guid ReportId, int FiscalYear, DateOnly ReportedOn) : IntegrationEvent;

/// <summary>The exchange center handled a consultation (23-3 counts them per fiscal year).</summary>
public sealed record ConsultationRecordedIntegrationEvent(
    Guid ConsultationId, DateTimeOffset HeldAt, ConsultationChannel Channel, ConsultationTopic Topic, ConsultationOutcome Outcome) : IntegrationEvent;
