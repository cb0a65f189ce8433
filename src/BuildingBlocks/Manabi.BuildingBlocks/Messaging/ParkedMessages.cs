using Manabi.BuildingBlocks.Data;
using Npgsql;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>A message the dispatcher gave up on, as operators see it (no payload: it may hold ids of people).</summary>
/// <param name="Module">Module whose outbox holds it.</param>
/// <param name="Id">Message id.</param>
/// <param name="EventType">Integration event type.</param>
/// <param name="OccurredAt">When the event happened.</param>
/// <param name="Attempts">Failed deliveries.</param>
/// <param name="LastError">The last consumer error.</param>
/// <param name="ParkedAt">When it was parked.</param>
public sealed record ParkedMessage(string Module, Guid Id, string EventType, DateTimeOffset OccurredAt, int Attempts, string? LastError, DateTimeOffset ParkedAt);

/// <summary>
/// Operators' view of parked outbox messages across modules, and the way to deliver one again
/// once its consumer is fixed (consumers' inboxes make a second delivery safe).
/// </summary>
public sealed class ParkedMessages(NpgsqlDataSource dataSource, IEnumerable<ModuleDatabase> modules, OutboxSignal signal)
{
    public async Task<IReadOnlyList<ParkedMessage>> ListAsync(CancellationToken cancellationToken)
    {
        var parked = new List<ParkedMessage>();
        foreach (var module in modules)
        {
            await using var command = dataSource.CreateCommand(
                $"""
                SELECT id, event_type, occurred_at, attempts, last_error, parked_at FROM "{module.Schema}".outbox_messages
                WHERE parked_at IS NOT NULL ORDER BY parked_at, id LIMIT 500
                """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                parked.Add(new ParkedMessage(module.Name, reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                    reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
            }
        }
        return parked;
    }

    /// <summary>Puts a parked message back in line with a fresh set of attempts; false if there is no such parked message.</summary>
    public async Task<bool> RetryAsync(string moduleName, Guid id, CancellationToken cancellationToken)
    {
        var module = modules.FirstOrDefault(m => string.Equals(m.Name, moduleName, StringComparison.OrdinalIgnoreCase));
        if (module is null)
        {
            return false;
        }
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE "{module.Schema}".outbox_messages
            SET parked_at = NULL, attempts = 0, next_attempt_at = now(), locked_until = NULL
            WHERE id = $1 AND parked_at IS NOT NULL
            """);
        command.Parameters.AddWithValue(id);
        var requeued = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (requeued)
        {
            signal.Notify();
        }
        return requeued;
    }
}
