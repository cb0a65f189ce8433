using System.Globalization;

namespace Manabi.BuildingBlocks.Csv;

/// <summary>Cell values as Japanese spreadsheets write them.</summary>
public static class CsvValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy/MM/dd"];
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"];

    /// <summary>2026/12/10 as Excel writes it, or 2026-12-10.</summary>
    public static (bool, DateOnly) Date(string text) =>
        (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d), d);

    /// <summary>9:30 or 09:30 (seconds allowed).</summary>
    public static (bool, TimeOnly) Time(string text) =>
        (TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t), t);

    /// <summary>A whole number (a count of people).</summary>
    public static (bool, int) Count(string text) => (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n), n);

    public static (bool, Guid) Id(string text) => (Guid.TryParse(text, out var g), g);

    /// <summary>Names only: a number would be accepted by Enum.TryParse and mean whatever that position holds.</summary>
    public static (bool, T) Enum<T>(string text) where T : struct, Enum =>
        char.IsAsciiLetter(text[0]) && System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) ? (true, value) : (false, default);
}
