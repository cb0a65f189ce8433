using Manabi.BuildingBlocks.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>An integration event waiting in (or delivered from) a module's outbox table.</summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; private set; }
    public string EventType { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? ProcessedAt { get; private set; }
    public DateTimeOffset? ParkedAt { get; private set; }

    /// <summary>Claimed by a dispatcher until then; a dispatcher that dies simply lets the lease run out.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>W3C trace context of the request that published it: its consumers' spans join that trace.</summary>
    public string? TraceParent { get; private set; }

    public static OutboxMessage From(IntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.EventId,
        EventType = IntegrationEventSerializer.TypeName(integrationEvent.GetType()),
        Payload = IntegrationEventSerializer.Serialize(integrationEvent),
        OccurredAt = integrationEvent.OccurredAt,
        NextAttemptAt = integrationEvent.OccurredAt,
        TraceParent = MessagingTelemetry.CurrentTraceParent(),
    };
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.EventType).HasMaxLength(300);
        builder.Property(m => m.Payload).HasColumnType("jsonb");
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.TraceParent).HasMaxLength(55);
        // The dispatcher's claim query scans only what is still due.
        builder.HasIndex(m => new { m.NextAttemptAt, m.OccurredAt })
            .HasFilter("processed_at IS NULL AND parked_at IS NULL")
            .HasDatabaseName("ix_outbox_messages_due");
    }
}
