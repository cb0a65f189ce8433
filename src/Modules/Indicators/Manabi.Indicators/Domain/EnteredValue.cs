namespace Manabi.Indicators.Domain;

/// <summary>
/// A value staff give for a measure's fiscal year that no module could count (a year before the
/// system, or a measure no module records), with where it comes from. It takes the place of a
/// computed value for that year, and answers say which values are entered.
/// </summary>
internal sealed class EnteredValue
{
    private EnteredValue() { }

    public string PlanCode { get; private set; } = "";
    public string MeasureCode { get; private set; } = "";
    public int FiscalYear { get; private set; }
    public decimal Value { get; private set; }
    public string Source { get; private set; } = "";
    public string EnteredBy { get; private set; } = "";
    public DateTimeOffset EnteredAt { get; private set; }

    public static EnteredValue Enter(string planCode, string measureCode, int fiscalYear) =>
        new() { PlanCode = planCode, MeasureCode = measureCode, FiscalYear = fiscalYear };

    public void Set(decimal value, string source, string by, DateTimeOffset now) =>
        (Value, Source, EnteredBy, EnteredAt) = (value, source.Trim(), by, now);
}
