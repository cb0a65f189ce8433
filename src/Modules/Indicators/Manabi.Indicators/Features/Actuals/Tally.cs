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
        CancellationToken cancellationToken)
    {
        var name = computation.ToString();
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({name + ":" + key}, 0))", cancellationToken);
        var item = await db.CountedItems.SingleOrDefaultAsync(i => i.Computation == computation && i.Key == key, cancellationToken);
        if (item is null)
        {
            item = CountedItem.Start(computation, key);
            db.CountedItems.Add(item);
        }
        foreach (var (year, change) in item.Record(occurredOn, value, counts, asOf))
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO indicators.measure_counters AS c (computation, fiscal_year, value) VALUES ({name}, {year}, {change})
                ON CONFLICT (computation, fiscal_year) DO UPDATE SET value = c.value + excluded.value
                """, cancellationToken);
        }
    }
}
