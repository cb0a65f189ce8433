using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals;

/// <summary>
/// Where consumers record what they count: the item as its source now states it, and the change to
/// each fiscal year's counter, in the consumer's transaction. Two events about one item are applied one
/// at a time (a lock on its key), so neither counts from a state the other has changed.
/// </summary>
internal sealed class Tally(IndicatorsDbContext db)
{
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

    private async Task<CountedItem> ItemAsync(Computation computation, string key, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({computation + ":" + key}, 0))", cancellationToken);
        if (await db.CountedItems.SingleOrDefaultAsync(i => i.Computation == computation && i.Key == key, cancellationToken) is { } item)
        {
            return item;
        }
        item = CountedItem.Start(computation, key);
        db.CountedItems.Add(item);
        return item;
    }

    private async Task ApplyAsync(CountedItem item, DateOnly occurredOn, decimal value, bool counts, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var name = item.Computation.ToString();
        foreach (var (year, change, items) in item.Record(occurredOn, value, counts, asOf))
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO indicators.measure_counters AS c (computation, fiscal_year, value, items) VALUES ({name}, {year}, {change}, {items})
                ON CONFLICT (computation, fiscal_year) DO UPDATE SET value = c.value + excluded.value, items = c.items + excluded.items
                """, cancellationToken);
        }
    }
}
