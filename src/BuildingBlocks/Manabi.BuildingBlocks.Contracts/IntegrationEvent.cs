namespace Manabi.BuildingBlocks.Contracts;

/// <summary>
/// A fact one module tells the others, published through the publisher's outbox. Immutable, named
/// in the past tense, and carrying ids and numbers only — never personal data.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Unique id of this message; consumers de-duplicate on it.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    /// <summary>When the fact happened (UTC).</summary>
    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
