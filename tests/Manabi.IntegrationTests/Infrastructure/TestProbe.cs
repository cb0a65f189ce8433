using System.Collections.Concurrent;
using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Manabi.IntegrationTests.Infrastructure;

/// <summary>
/// A module that exists only in the tests, built on the same building blocks as the real ones,
/// with a consumer whose faults the test chooses. It proves the outbox and inbox mechanics
/// (retry, park, exactly-once effect) without bending a real module.
/// </summary>
public enum ProbeBehavior { Succeed, FailOnceAfterEffect, AlwaysFail, SlowerThanLease }

public sealed record ProbeRequestedIntegrationEvent(Guid ProbeId, ProbeBehavior Behavior) : IntegrationEvent;

public sealed class ProbeEffect
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProbeId { get; set; }
}

public sealed class TestProbeDbContext(DbContextOptions<TestProbeDbContext> options, DbSession session)
    : ModuleDbContext(options, session)
{
    public const string SchemaName = "test_probe";

    public override string Schema => SchemaName;

    public DbSet<ProbeEffect> Effects => Set<ProbeEffect>();
}

public sealed class ProbeConsumer(TestProbeDbContext db, DbSession session)
    : IntegrationEventHandler<ProbeRequestedIntegrationEvent, TestProbeDbContext>(db, session)
{
    /// <summary>How often each probe was delivered to this consumer (including failed attempts).</summary>
    public static readonly ConcurrentDictionary<Guid, int> Deliveries = new();

    protected override async Task ApplyAsync(ProbeRequestedIntegrationEvent probe, CancellationToken cancellationToken)
    {
        var attempt = Deliveries.AddOrUpdate(probe.ProbeId, 1, (_, n) => n + 1);
        Db.Effects.Add(new ProbeEffect { ProbeId = probe.ProbeId });
        // Write the effect first, then fail: the effect must roll back with the inbox mark.
        await Db.SaveChangesAsync(cancellationToken);
        if (probe.Behavior == ProbeBehavior.SlowerThanLease)
        {
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        }
        if (probe.Behavior == ProbeBehavior.AlwaysFail || (probe.Behavior == ProbeBehavior.FailOnceAfterEffect && attempt == 1))
        {
            throw new InvalidOperationException($"Probe {probe.ProbeId} failed on attempt {attempt} as asked.");
        }
    }
}
