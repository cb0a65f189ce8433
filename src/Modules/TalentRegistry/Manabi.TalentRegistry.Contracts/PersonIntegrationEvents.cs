using Manabi.BuildingBlocks.Contracts;

namespace Manabi.TalentRegistry.Contracts;

/// <summary>A person applied or was registered at the counter (not yet active).</summary>
public sealed record PersonRegisteredIntegrationEvent(Guid PersonId, IReadOnlyList<TalentRole> Roles, DateTimeOffset RegisteredAt) : IntegrationEvent;

/// <summary>
/// A person's standing changed: activated, declined, suspended, retired, reinstated or renewed.
/// Indicator 24-2 counts active instructors and volunteers at each fiscal year's end from these.
/// </summary>
/// <param name="PersonId">The person.</param>
/// <param name="Status">The stored status (a lapse is not an event: it follows from <paramref name="TermEndsOn"/>).</param>
/// <param name="Roles">Roles held.</param>
/// <param name="TermEndsOn">Last day of the registration term (a 31 March); after it the person is lapsed until renewed.</param>
/// <param name="ChangedAt">When.</param>
public sealed record PersonStatusChangedIntegrationEvent(
    Guid PersonId, PersonStatus Status, IReadOnlyList<TalentRole> Roles, DateOnly? TermEndsOn, DateTimeOffset ChangedAt) : IntegrationEvent;

/// <summary>One person's part in one occurrence of an activity was recorded (26-2 counts these person-times).</summary>
public sealed record ActivityRecordedIntegrationEvent(
    Guid RecordId, Guid PersonId, ActivityRole Role, ActivityKind Kind, DateOnly Date, ActivitySource Source) : IntegrationEvent;

/// <summary>An activity record was voided by staff; it no longer counts.</summary>
public sealed record ActivityVoidedIntegrationEvent(
    Guid RecordId, Guid PersonId, ActivityRole Role, ActivityKind Kind, DateOnly Date) : IntegrationEvent;
