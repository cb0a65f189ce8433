using Manabi.BuildingBlocks.Data;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Domain;
using Npgsql;

namespace Manabi.Indicators.Features.Actuals;

/// <summary>
/// Where consumers record what they count: the item as its source now states it, and the change to
/// each fiscal year's counter, in the consumer's transaction. Two events about one item are applied one
/// at a time (a lock on its key), so neither counts from a state the other has changed.
/// Every event passes here, so it speaks Npgsql directly: one round trip takes the lock and reads
/// the item, one writes it (through EF Core it was four). The counters' changes are added up over the
/// transaction and written once before it commits: a batch of events mostly moves the same few
/// counters, and a counter row updated per event stays locked against every other batch until commit.
/// A consumer that knows its batch's keys beforehand <see cref="LoadAsync">loads</see> them in one
/// round trip; those items are then written at commit too, so a batch costs a few round trips, not
/// two per event.
/// </summary>
internal sealed class Tally(DbSession session, AnswerCache answers)
{
    private readonly Dictionary<(string Computation, int FiscalYear), (decimal Value, int Items)> _changes = [];
    private readonly Dictionary<(Computation Computation, string Key), CountedItem> _loaded = [];
    private readonly HashSet<(Computation Computation, string Key)> _unwritten = [];
    private bool _writesAtCommit;

    public async Task RecordAsync(Computation computation, string key, DateOnly occurredOn, decimal value, bool counts, DateTimeOffset asOf,
        CancellationToken cancellationToken) =>
        await ApplyAsync(await ItemAsync(computation, key, cancellationToken), occurredOn, value, counts, asOf, cancellationToken);

    /// <summary>Counts the item (as 1) at its first occurrence; later ones change nothing.</summary>
    public async Task RecordFirstAsync(Computation computation, string key, DateOnly occurredOn, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var item = await ItemAsync(computation, key, cancellationToken);
        if (!item.Counts || occurredOn < item.OccurredOn)
        {
            // An earlier occurrence reported late still moves the item back to it.
            await ApplyAsync(item, occurredOn, 1, true, item.AsOf > asOf ? item.AsOf : asOf, cancellationToken);
        }
    }

    /// <summary>
    /// Locks and reads the items a batch will record, in one round trip. Only for a consumer that reads
    /// no counted item otherwise: these items reach the table at commit.
    /// </summary>
    public async Task LoadAsync(IEnumerable<(Computation Computation, string Key)> items, CancellationToken cancellationToken)
    {
        // In one order for every batch, so two batches sharing keys wait for each other instead of deadlocking.
        var wanted = items.Distinct().Where(k => !_loaded.ContainsKey(k)).OrderBy(LockName, StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return;
        }
        await using var batch = Batch();
        foreach (var item in wanted)
        {
            Add(batch, "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", LockName(item));
        }
        Add(batch, """
            SELECT computation, key, occurred_on, fiscal_year, value, counts, as_of FROM indicators.counted_items
            WHERE (computation, key) IN (SELECT * FROM unnest($1::text[], $2::text[]))
            """, wanted.Select(k => k.Computation.ToString()).ToArray(), wanted.Select(k => k.Key).ToArray());
        foreach (var item in wanted)
        {
            _loaded[item] = CountedItem.Start(item.Computation, item.Key);
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < wanted.Count; i++)
        {
            await reader.NextResultAsync(cancellationToken);
        }
        while (await reader.ReadAsync(cancellationToken))
        {
            var item = Restore(reader, Enum.Parse<Computation>(reader.GetString(0)), reader.GetString(1));
            _loaded[(item.Computation, item.Key)] = item;
        }
    }

    /// <summary>Locks the item's key and reads it (a new item when there is none).</summary>
    private async Task<CountedItem> ItemAsync(Computation computation, string key, CancellationToken cancellationToken)
    {
        if (_loaded.TryGetValue((computation, key), out var loaded))
        {
            return loaded;
        }
        // Two statements in one round trip; under read committed the second reads after the lock is held.
        await using var batch = Batch();
        Add(batch, "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", LockName((computation, key)));
        Add(batch, "SELECT computation, key, occurred_on, fiscal_year, value, counts, as_of FROM indicators.counted_items WHERE computation = $1 AND key = $2",
            computation.ToString(), key);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Restore(reader, computation, key) : CountedItem.Start(computation, key);
    }

    private static CountedItem Restore(NpgsqlDataReader reader, Computation computation, string key) =>
        CountedItem.Restore(computation, key, reader.GetFieldValue<DateOnly>(2), reader.GetInt32(3), reader.GetDecimal(4), reader.GetBoolean(5),
            reader.GetFieldValue<DateTimeOffset>(6));

    private static string LockName((Computation Computation, string Key) item) => $"{item.Computation}:{item.Key}";

    private async Task ApplyAsync(CountedItem item, DateOnly occurredOn, decimal value, bool counts, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        if (asOf < item.AsOf)
        {
            return;
        }
        var changes = item.Record(occurredOn, value, counts, asOf);
        WriteAtCommit();
        if (_loaded.ContainsKey((item.Computation, item.Key)))
        {
            _unwritten.Add((item.Computation, item.Key));
        }
        else
        {
            await using var batch = Batch();
            AddUpsert(batch, item);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        var name = item.Computation.ToString();
        foreach (var (year, change, items) in changes)
        {
            var sum = _changes.GetValueOrDefault((name, year));
            _changes[(name, year)] = (sum.Value + change, sum.Items + items);
        }
    }

    private void WriteAtCommit()
    {
        if (!_writesAtCommit)
        {
            session.BeforeCommit(WriteAsync);
            answers.ForgetAfterCommit(session);
            _writesAtCommit = true;
        }
    }

    private static void AddUpsert(NpgsqlBatch batch, CountedItem item) => Add(batch, """
        INSERT INTO indicators.counted_items (computation, key, occurred_on, fiscal_year, value, counts, as_of) VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (computation, key) DO UPDATE SET occurred_on = excluded.occurred_on, fiscal_year = excluded.fiscal_year,
            value = excluded.value, counts = excluded.counts, as_of = excluded.as_of
        """, item.Computation.ToString(), item.Key, item.OccurredOn, item.FiscalYear, item.Value, item.Counts, item.AsOf.ToUniversalTime());

    /// <summary>
    /// One round trip for the loaded items and every counter the transaction moved, the counters in key
    /// order (two batches lock them alike, so neither waits on the other in a cycle).
    /// </summary>
    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        await using var batch = Batch();
        foreach (var key in _unwritten)
        {
            AddUpsert(batch, _loaded[key]);
        }
        foreach (var ((computation, year), (value, items)) in _changes.OrderBy(c => c.Key.Computation, StringComparer.Ordinal).ThenBy(c => c.Key.FiscalYear))
        {
            Add(batch, """
                INSERT INTO indicators.measure_counters AS c (computation, fiscal_year, value, items) VALUES ($1, $2, $3, $4)
                ON CONFLICT (computation, fiscal_year) DO UPDATE SET value = c.value + excluded.value, items = c.items + excluded.items
                """, computation, year, value, items);
        }
        _unwritten.Clear();
        _changes.Clear();
        _loaded.Clear();
        _writesAtCommit = false;
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private NpgsqlBatch Batch() =>
        new(session.Connection, session.Transaction ?? throw new InvalidOperationException("Counting runs inside the consumer's transaction."));

    private static void Add(NpgsqlBatch batch, string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        batch.BatchCommands.Add(command);
    }
}
