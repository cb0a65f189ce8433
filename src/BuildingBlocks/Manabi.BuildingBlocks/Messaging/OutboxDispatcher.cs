using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>
/// Publishes one module's outbox. A short statement claims due rows with <c>FOR UPDATE SKIP
/// LOCKED</c> and stamps them with a short lease, renewed while the batch is being handled, so any
/// number of API replicas can run this loop without taking the same rows, and the rows of a replica
/// that died are free again within one lease; no transaction stays open while consumers work (a
/// long one would hold up migrations and anything else needing the table). A crash before a row is
/// marked only means it is delivered again, and consumers' inboxes make that harmless. A failing
/// message is retried with exponential backoff and parked after <see cref="OutboxOptions.MaxAttempts"/>
/// failures, without holding back the messages behind it.
/// </summary>
public sealed class OutboxDispatcher(
    ModuleDatabase module,
    NpgsqlDataSource dataSource,
    IntegrationEventBus bus,
    IntegrationEventTypes eventTypes,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _nextCleanup;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var _ = logger.BeginScope(new Dictionary<string, object> { ["Module"] = module.Name });
        await Task.WhenAll(Enumerable.Range(0, _options.Workers).Select(worker => Task.Run(() => LoopAsync(worker == 0, stoppingToken), stoppingToken)));
    }

    /// <summary>
    /// One worker: claims a batch, delivers it, and again; waits for a signal or the poll interval when
    /// the outbox is drained. The cleaning of old rows is the first worker's.
    /// </summary>
    private async Task LoopAsync(bool cleans, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchBatchAsync(stoppingToken);
                if (cleans)
                {
                    await CleanUpIfDueAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Typically the database is unreachable; try again after the poll interval.
                logger.LogWarning(exception, "Outbox dispatch for {Module} failed", module.Name);
            }
            if (claimed < _options.BatchSize)
            {
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Claims and publishes one batch of due messages; returns how many were claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var due = await ClaimAsync(connection, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        using var handled = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewLeaseAsync([.. due.Select(m => m.Id)], handled.Token);
        try
        {
            await DeliverAsync(connection, due, cancellationToken);
        }
        finally
        {
            await handled.CancelAsync();
            await renewal;
        }
        return due.Count;
    }

    private async Task DeliverAsync(NpgsqlConnection connection, List<ClaimedMessage> due, CancellationToken cancellationToken)
    {
        var events = new List<(ClaimedMessage Message, IntegrationEvent Event)>(due.Count);
        foreach (var message in due)
        {
            try
            {
                var eventType = eventTypes.Find(message.EventType)
                    ?? throw new InvalidOperationException($"Unknown integration event type {message.EventType}.");
                var integrationEvent = IntegrationEventSerializer.Deserialize(message.Payload, eventType);
                MessagingTelemetry.Carry(integrationEvent, message.TraceParent);
                events.Add((message, integrationEvent));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await RecordFailureAsync(connection, message, exception, cancellationToken);
            }
        }
        var failures = await bus.PublishAsync([.. events.Select(e => e.Event)], cancellationToken);
        foreach (var (message, integrationEvent) in events)
        {
            if (failures.TryGetValue(integrationEvent.EventId, out var failed))
            {
                await RecordFailureAsync(connection, message, new AggregateException(failed), cancellationToken);
            }
        }
        // One statement for the whole batch (one commit instead of one per message under load). A
        // crash before it only means redelivery, which the consumers' inboxes absorb.
        await MarkProcessedAsync(connection, [.. events.Where(e => !failures.ContainsKey(e.Event.EventId)).Select(e => e.Message.Id)], cancellationToken);
    }

    /// <summary>
    /// Keeps the batch's claim alive while its consumers run (on a connection of its own), so a slow
    /// consumer is not mistaken for a dead replica. Ends when the batch is marked.
    /// </summary>
    private async Task RenewLeaseAsync(Guid[] ids, CancellationToken handled)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_options.ClaimLease / 3, clock, handled);
                await using var command = dataSource.CreateCommand(
                    $"UPDATE \"{module.Schema}\".outbox_messages SET locked_until = now() + $2 WHERE id = ANY($1) AND processed_at IS NULL");
                command.Parameters.AddWithValue(ids);
                command.Parameters.AddWithValue(_options.ClaimLease);
                await command.ExecuteNonQueryAsync(handled);
            }
        }
        catch (OperationCanceledException) when (handled.IsCancellationRequested)
        {
            // The batch is done.
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            // The claim then lapses: another replica may deliver these again, which inboxes absorb.
            logger.LogWarning(exception, "Could not renew the outbox claim of {Module}", module.Name);
        }
    }

    private async Task<List<ClaimedMessage>> ClaimAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE "{module.Schema}".outbox_messages SET locked_until = now() + $2
            WHERE id IN (
                SELECT id FROM "{module.Schema}".outbox_messages
                WHERE processed_at IS NULL AND parked_at IS NULL AND next_attempt_at <= now()
                  AND (locked_until IS NULL OR locked_until < now())
                ORDER BY next_attempt_at, occurred_at
                LIMIT $1
                FOR UPDATE SKIP LOCKED)
            RETURNING id, event_type, payload::text, attempts, next_attempt_at, occurred_at, trace_parent
            """, connection);
        command.Parameters.AddWithValue(_options.BatchSize);
        command.Parameters.AddWithValue(_options.ClaimLease);
        var messages = new List<(ClaimedMessage Message, DateTimeOffset Due, DateTimeOffset Occurred)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add((new ClaimedMessage(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                    reader.IsDBNull(6) ? null : reader.GetString(6)),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5)));
        }
        // RETURNING keeps no order: deliver oldest first.
        return [.. messages.OrderBy(m => m.Due).ThenBy(m => m.Occurred).Select(m => m.Message)];
    }

    private async Task MarkProcessedAsync(NpgsqlConnection connection, List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }
        await using var command = new NpgsqlCommand(
            $"UPDATE \"{module.Schema}\".outbox_messages SET processed_at = now(), last_error = NULL, locked_until = NULL WHERE id = ANY($1)", connection);
        command.Parameters.AddWithValue(ids.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task RecordFailureAsync(NpgsqlConnection connection, ClaimedMessage message, Exception exception, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        var park = attempts >= _options.MaxAttempts;
        // Exception types and messages only: payloads and consumer data stay out of logs.
        var error = Describe(exception);
        if (park)
        {
            logger.LogError("Outbox message {MessageId} ({EventType}) parked after {Attempts} attempts: {Error}",
                message.Id, message.EventType, attempts, error);
        }
        else
        {
            logger.LogWarning("Outbox message {MessageId} ({EventType}) failed attempt {Attempts}: {Error}",
                message.Id, message.EventType, attempts, error);
        }
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE "{module.Schema}".outbox_messages
            SET attempts = $2, last_error = $3, next_attempt_at = $4, parked_at = CASE WHEN $5 THEN now() END, locked_until = NULL
            WHERE id = $1
            """, connection);
        command.Parameters.AddWithValue(message.Id);
        command.Parameters.AddWithValue(attempts);
        command.Parameters.AddWithValue(error.Length > 2000 ? error[..2000] : error);
        command.Parameters.AddWithValue(clock.GetUtcNow() + _options.RetryDelay(attempts));
        command.Parameters.AddWithValue(park);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Describe(Exception exception) => exception switch
    {
        AggregateException aggregate => string.Join("; ", aggregate.InnerExceptions.Select(Describe)),
        IntegrationEventHandlerException handler => $"{handler.HandlerType.Name}: {Describe(handler.InnerException!)}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };

    // Delivered messages and inbox marks are only needed while redelivery is possible.
    private async Task CleanUpIfDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }
        _nextCleanup = now + TimeSpan.FromHours(1);
        await using var batch = dataSource.CreateBatch();
        foreach (var table in new[] { "outbox_messages", "inbox_messages" })
        {
            var command = new NpgsqlBatchCommand($"DELETE FROM \"{module.Schema}\".{table} WHERE processed_at < $1");
            command.Parameters.AddWithValue(now - _options.Retention);
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record ClaimedMessage(Guid Id, string EventType, string Payload, int Attempts, string? TraceParent);
}
