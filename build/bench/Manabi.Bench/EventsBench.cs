using System.Diagnostics;
using System.Globalization;
using Npgsql;

/// <summary>
/// Indicators' event consumption (issue 14, "Speed"): N activity records put in TalentRegistry's
/// outbox at once, timed until the API's dispatcher has delivered them all and 26-2 counts them,
/// beside the same counter updates made through raw Npgsql (the inbox mark, the counted item and
/// the counter, 200 events to a transaction as the dispatcher claims them).
/// </summary>
internal static class EventsBench
{
    /// <summary>As many as the dispatcher claims at once by default (Outbox:BatchSize).</summary>
    private const int PerTransaction = 200;

    private const string EventType = "Manabi.TalentRegistry.Contracts.ActivityRecordedIntegrationEvent";

    public static async Task<List<string>> RunAsync(NpgsqlDataSource db, int events)
    {
        var report = new List<string>();
        await ExecuteAsync(db, "TRUNCATE indicators.counted_items, indicators.measure_counters, indicators.inbox_messages");
        // One fiscal year's dates, so every event lands on one of 12 counters as a busy year would.
        await ExecuteAsync(db, string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO talent.outbox_messages (id, event_type, payload, occurred_at, attempts, next_attempt_at)
            SELECT e.id, '{EventType}', jsonb_build_object('eventId', e.id, 'occurredAt', now(), 'recordId', gen_random_uuid(),
                       'personId', gen_random_uuid(), 'role', 'Instructor', 'kind', 'CourseSession',
                       'date', (DATE '2025-04-01' + e.i % 365)::text, 'source', 'Staff'),
                   now(), 0, now() + interval '2 seconds'
            FROM (SELECT i, gen_random_uuid() AS id FROM generate_series(1, {events}) AS i) AS e
            """));
        // Due two seconds from now, so the timing starts with the whole backlog in place.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var watch = Stopwatch.StartNew();
        while (await ScalarAsync(db, "SELECT count(*) FROM talent.outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL") > 0)
        {
            await Task.Delay(100);
        }
        var seconds = watch.Elapsed.TotalSeconds;
        var counted = await ScalarAsync(db, "SELECT coalesce(sum(items), 0) FROM indicators.measure_counters WHERE computation = 'TalentParticipations'");
        var parked = await ScalarAsync(db, "SELECT count(*) FROM talent.outbox_messages WHERE parked_at IS NOT NULL");
        report.Add(FormattableString.Invariant(
            $"events through the dispatcher: {events:N0} in {seconds:N1} s = {events / seconds:N0} events/s (26-2 counts {counted:N0}; parked {parked:N0})"));
        var raw = await RawAsync(db, events);
        report.Add(FormattableString.Invariant($"the same counter updates through raw Npgsql: {events / raw:N0} events/s; API/raw {raw / seconds:0.00}"));
        return report;
    }

    /// <summary>The rows a consumer writes for each event, into copies of the tables, 200 events to a transaction.</summary>
    private static async Task<double> RawAsync(NpgsqlDataSource db, int events)
    {
        await ExecuteAsync(db, """
            DROP TABLE IF EXISTS bench_inbox, bench_items, bench_counters;
            CREATE TABLE bench_inbox (LIKE indicators.inbox_messages INCLUDING ALL);
            CREATE TABLE bench_items (LIKE indicators.counted_items INCLUDING ALL);
            CREATE TABLE bench_counters (LIKE indicators.measure_counters INCLUDING ALL);
            """);
        var watch = Stopwatch.StartNew();
        await using var connection = await db.OpenConnectionAsync();
        for (var start = 0; start < events; start += PerTransaction)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var batch = new NpgsqlBatch(connection, transaction);
            for (var i = start; i < Math.Min(start + PerTransaction, events); i++)
            {
                var key = Guid.NewGuid().ToString();
                var date = new DateOnly(2025, 4, 1).AddDays(i % 365);
                Add(batch, "INSERT INTO bench_inbox (message_id, consumer, processed_at) VALUES ($1, 'bench', now()) ON CONFLICT DO NOTHING", Guid.NewGuid());
                Add(batch, "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", "TalentParticipations:" + key);
                Add(batch, "INSERT INTO bench_items (computation, key, occurred_on, fiscal_year, value, counts, as_of) VALUES ('TalentParticipations', $1, $2, 2025, 1, true, now())", key, date);
                Add(batch, """
                    INSERT INTO bench_counters AS c (computation, fiscal_year, value, items) VALUES ('TalentParticipations', 2025, 1, 1)
                    ON CONFLICT (computation, fiscal_year) DO UPDATE SET value = c.value + excluded.value, items = c.items + excluded.items
                    """);
            }
            await batch.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        var seconds = watch.Elapsed.TotalSeconds;
        await ExecuteAsync(db, "DROP TABLE bench_inbox, bench_items, bench_counters");
        return seconds;
    }

    private static void Add(NpgsqlBatch batch, string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        batch.BatchCommands.Add(command);
    }

    private static async Task ExecuteAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
