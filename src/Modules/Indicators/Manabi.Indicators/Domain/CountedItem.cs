using Manabi.Indicators.Contracts;

namespace Manabi.Indicators.Domain;

/// <summary>
/// One thing a computation counts — a session held, a leader certified, a learner registered — kept
/// under its source's id, so a correction (a session cancelled after all, a certification revoked)
/// changes it in place, and every number can list what it counted.
/// </summary>
internal sealed class CountedItem
{
    private CountedItem() { }

    public Computation Computation { get; private set; }
    public string Key { get; private set; } = "";
    public DateOnly OccurredOn { get; private set; }
    public int FiscalYear { get; private set; }
    /// <summary>What it adds: 1 for a session, the number of people for its participants.</summary>
    public decimal Value { get; private set; }
    /// <summary>False once voided, cancelled, revoked or withdrawn: kept, but no longer counted.</summary>
    public bool Counts { get; private set; }
    /// <summary>When the source said so: an older report arriving late changes nothing.</summary>
    public DateTimeOffset AsOf { get; private set; }

    /// <summary>A new item, not counted until its first <see cref="Record"/>.</summary>
    public static CountedItem Start(Computation computation, string key) => new() { Computation = computation, Key = key, AsOf = DateTimeOffset.UnixEpoch };

    /// <summary>An item as stored.</summary>
    public static CountedItem Restore(Computation computation, string key, DateOnly occurredOn, int fiscalYear, decimal value, bool counts,
        DateTimeOffset asOf) =>
        new() { Computation = computation, Key = key, OccurredOn = occurredOn, FiscalYear = fiscalYear, Value = value, Counts = counts, AsOf = asOf };

    /// <summary>
    /// Takes the source's latest word; returns what each fiscal year's total changes by, and its number
    /// of counted items (a share's denominator: eligible districts, survey responses).
    /// </summary>
    public IReadOnlyList<(int FiscalYear, decimal Change, int Items)> Record(DateOnly occurredOn, decimal value, bool counts, DateTimeOffset asOf)
    {
        if (asOf < AsOf)
        {
            return [];
        }
        var changes = new List<(int, decimal, int)>();
        if (Counts)
        {
            changes.Add((FiscalYear, -Value, -1));
        }
        // The type's name is taken by the property here.
        (OccurredOn, FiscalYear, Value, Counts, AsOf) = (occurredOn, BuildingBlocks.Contracts.FiscalYear.OfDate(occurredOn).StartYear, value, counts, asOf);
        if (Counts)
        {
            changes.Add((FiscalYear, Value, 1));
        }
        return changes;
    }
}
