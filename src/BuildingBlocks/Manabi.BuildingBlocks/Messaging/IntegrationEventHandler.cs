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

    public async Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await session.BeginAsync(cancellationToken);
        // Concurrent duplicates block on the primary key until the first commits, then insert nothing.
        // The schema is the module's compile-time constant, not input; the values are parameters.
#pragma warning disable EF1003
        var firstTime = await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO \"{db.Schema}\".inbox_messages (message_id, consumer, processed_at) " +
            "VALUES ({0}, {1}, now()) ON CONFLICT DO NOTHING",
            [integrationEvent.EventId, ConsumerName],
            cancellationToken) == 1;
#pragma warning restore EF1003
        if (!firstTime)
        {
            return;
        }
        await ApplyAsync((TEvent)integrationEvent, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
    }

    /// <summary>The consumer's effect; changes made through <see cref="Db"/> are saved afterwards.</summary>
    protected abstract Task ApplyAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
