using Manabi.Indicators.Contracts;

namespace Manabi.Indicators.Data;

/// <summary>
/// A computation's total for one fiscal year, kept by the consumers as increments in the transaction
/// that changes a <see cref="Domain.CountedItem"/>, so a report reads a row per measure and year
/// however many things were counted.
/// </summary>
internal sealed class MeasureCounter
{
    public Computation Computation { get; private set; }
    public int FiscalYear { get; private set; }
    public decimal Value { get; private set; }
    /// <summary>How many items count: a share is <see cref="Value"/> (the positive ones) over this.</summary>
    public int Items { get; private set; }
}
