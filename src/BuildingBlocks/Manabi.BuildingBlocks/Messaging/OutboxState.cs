using Manabi.BuildingBlocks.Data;
using Npgsql;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>One module's outbox as monitoring sees it.</summary>
/// <param name="Module">The module.</param>
/// <param name="Due">Events not delivered yet (parked ones aside).</param>
/// <param name="OldestAge">How long the oldest of them has waited.</param>
/// <param name="Parked">Messages parked for a person to look at.</param>
public sealed record OutboxState(string Module, long Due, TimeSpan OldestAge, long Parked)
{
    /// <summary>Every module's outbox, in one round trip.</summary>
    public static async Task<List<OutboxState>> ReadAsync(NpgsqlDataSource dataSource, IReadOnlyList<ModuleDatabase> modules, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var module in modules)
        {
            // Schemas are the modules' compile-time names, not input.
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
                SELECT count(*) FILTER (WHERE parked_at IS NULL),
                       coalesce(extract(epoch FROM now() - min(occurred_at) FILTER (WHERE parked_at IS NULL)), 0)::float8,
                       count(*) FILTER (WHERE parked_at IS NOT NULL)
                FROM "{module.Schema}".outbox_messages WHERE processed_at IS NULL
                """));
        }
        var states = new List<OutboxState>(modules.Count);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var module in modules)
        {
            await reader.ReadAsync(cancellationToken);
            states.Add(new(module.Name, reader.GetInt64(0), TimeSpan.FromSeconds(reader.GetDouble(1)), reader.GetInt64(2)));
            await reader.NextResultAsync(cancellationToken);
        }
        return states;
    }
}
