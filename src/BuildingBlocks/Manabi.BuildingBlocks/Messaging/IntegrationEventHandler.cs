using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>
/// Base of every consumer. Delivery is at least once; the effect happens exactly once because the
/// consumer's inbox mark and its effect commit in one transaction of the consuming module: a
/// redelivered message finds the mark and is skipped, a failed one leaves neither behind.
/// </summary>
public abstract class IntegrationEventHandler<TEvent, TContext>(TContext db, DbSession session) : IIntegrationEventHandler
    where TEvent : IntegrationEvent
    where TContext : ModuleDbContext
{
    public Type EventType => typeof(TEvent);

    /// <summary>Stable name in the inbox; renaming a consumer class would replay old messages to it.</summary>
    protected virtual string ConsumerName => GetType().FullName!;

    protected TContext Db => db;

    /// <summary>
    /// One transaction for the events a dispatcher claimed together: one inbox statement and one
    /// commit for all of them instead of one each. Each event's changes are saved before the next is
    /// applied, so a consumer sees its earlier events as it would one by one.
    /// </summary>
    public async Task HandleAsync(IReadOnlyList<IntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await session.BeginAsync(cancellationToken);
        var firstTime = await MarkAsync(integrationEvents, cancellationToken);
        var applied = integrationEvents.Where(e => firstTime.Contains(e.EventId)).Cast<TEvent>().ToList();
        await PrepareAsync(applied, cancellationToken);
        foreach (var integrationEvent in applied)
        {
            using var activity = MessagingTelemetry.StartConsuming(integrationEvent, ConsumerName);
            await ApplyAsync(integrationEvent, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        await unitOfWork.CommitAsync(cancellationToken);
    }

    /// <summary>Marks the events in this consumer's inbox; returns those it had not handled yet.</summary>
    private async Task<HashSet<Guid>> MarkAsync(IReadOnlyList<IntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        // Concurrent duplicates block on the primary key until the first commits, then insert nothing;
        // ids in order, so two replicas marking overlapping batches cannot deadlock.
        // The schema is the module's compile-time constant, not input; the values are parameters.
        var ids = integrationEvents.Select(e => e.EventId).Order().ToArray();
#pragma warning disable EF1003
        var marked = await db.Database.SqlQueryRaw<Guid>(
            $"INSERT INTO \"{db.Schema}\".inbox_messages (message_id, consumer, processed_at) " +
            "SELECT id, {1}, now() FROM unnest({0}) AS id ORDER BY id ON CONFLICT DO NOTHING RETURNING message_id AS \"Value\"",
            ids, ConsumerName).ToListAsync(cancellationToken);
#pragma warning restore EF1003
        return [.. marked];
    }

    /// <summary>Before the events are applied, in their transaction: where a consumer reads what all of them need in one go.</summary>
    protected virtual Task PrepareAsync(IReadOnlyList<TEvent> integrationEvents, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The consumer's effect; changes made through <see cref="Db"/> are saved afterwards.</summary>
    protected abstract Task ApplyAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
