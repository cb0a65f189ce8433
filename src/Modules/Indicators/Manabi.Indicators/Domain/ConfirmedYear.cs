namespace Manabi.Indicators.Domain;

/// <summary>
/// A fiscal year staff confirmed (確定) after it ended: every measure's value as it stood, kept, so the
/// year's numbers stop moving. Corrections arriving later still reach the counts, and the report lists
/// them as changes after confirmation.
/// </summary>
internal sealed class ConfirmedYear
{
    private ConfirmedYear() { }

    public string PlanCode { get; private set; } = "";
    public int FiscalYear { get; private set; }
    public List<ConfirmedValue> Values { get; private set; } = [];
    public string ConfirmedBy { get; private set; } = "";
    public DateTimeOffset ConfirmedAt { get; private set; }

    public static ConfirmedYear Confirm(string planCode, int fiscalYear, IEnumerable<ConfirmedValue> values, string by, DateTimeOffset now) =>
        new() { PlanCode = planCode, FiscalYear = fiscalYear, Values = [.. values], ConfirmedBy = by, ConfirmedAt = now };
}

/// <summary>One measure's value in a confirmed year.</summary>
internal sealed record ConfirmedValue(string MeasureCode, decimal Value);
