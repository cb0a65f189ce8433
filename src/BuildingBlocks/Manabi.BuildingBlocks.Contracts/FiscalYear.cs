using System.Globalization;

namespace Manabi.BuildingBlocks.Contracts;

/// <summary>
/// A Japanese fiscal year (年度): 1 April to 31 March, named by the calendar year it starts in
/// (FY2019 = 令和元年度). Dates are read in Japan Standard Time, so an event at 23:30 on 31 March
/// in Tokyo belongs to the year that is ending even though it is already 1 April nowhere.
/// </summary>
public readonly record struct FiscalYear(int StartYear) : IComparable<FiscalYear>
{
    /// <summary>The fiscal year that contains the instant, as seen in Japan.</summary>
    public static FiscalYear Of(DateTimeOffset instant)
    {
        var local = JapanTime.Of(instant);
        return new FiscalYear(local.Month >= 4 ? local.Year : local.Year - 1);
    }

    /// <summary>The fiscal year a Japanese calendar date belongs to.</summary>
    public static FiscalYear OfDate(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>1 April.</summary>
    public DateOnly FirstDay => new(StartYear, 4, 1);

    /// <summary>31 March of the next calendar year.</summary>
    public DateOnly LastDay => new(StartYear + 1, 3, 31);

    /// <summary>First instant of the fiscal year (1 April 00:00 JST).</summary>
    public DateTimeOffset Start => new(StartYear, 4, 1, 0, 0, 0, JapanTime.Offset);

    /// <summary>First instant after the fiscal year.</summary>
    public DateTimeOffset End => new(StartYear + 1, 4, 1, 0, 0, 0, JapanTime.Offset);

    public int CompareTo(FiscalYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(FiscalYear left, FiscalYear right) => left.StartYear < right.StartYear;
    public static bool operator >(FiscalYear left, FiscalYear right) => left.StartYear > right.StartYear;
    public static bool operator <=(FiscalYear left, FiscalYear right) => left.StartYear <= right.StartYear;
    public static bool operator >=(FiscalYear left, FiscalYear right) => left.StartYear >= right.StartYear;

    public override string ToString() => $"FY{StartYear}";

    /// <summary>
    /// As people read it in Japan: 「2026年度（令和8年度）」. Reiwa began on 1 May 2019, so FY2019
    /// is 令和元年度 (the city's plan uses it as its baseline); earlier years are shown without an era.
    /// </summary>
    public string JapaneseName => StartYear >= 2019
        ? $"{StartYear}年度（令和{(StartYear == 2019 ? "元" : (StartYear - 2018).ToString(CultureInfo.InvariantCulture))}年度）"
        : $"{StartYear}年度";
}
