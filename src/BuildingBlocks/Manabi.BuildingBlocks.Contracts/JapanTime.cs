using System.Globalization;

namespace Manabi.BuildingBlocks.Contracts;

/// <summary>
/// Japan Standard Time, the one way instants are shown and calendar days are read: instants are
/// stored in UTC whatever offset a caller sends, and every answer shows them at +09:00. JST has no
/// daylight saving, so a fixed offset is exact.
/// </summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>The instant as Japan sees it (+09:00).</summary>
    public static DateTimeOffset Of(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <inheritdoc cref="Of(DateTimeOffset)"/>
    public static DateTimeOffset? Of(DateTimeOffset? instant) => instant?.ToOffset(Offset);

    /// <summary>ISO 8601 in Japan time to the second (<c>2026-12-10T12:00:00+09:00</c>), as schema.org and OpenActive consumers expect.</summary>
    public static string ToIsoSeconds(DateTimeOffset instant) =>
        Of(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The calendar day in Japan at that instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(Of(instant).DateTime);

    /// <summary>00:00 in Japan on that day.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
