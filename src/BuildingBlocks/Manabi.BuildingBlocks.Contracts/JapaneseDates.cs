using System.Globalization;

namespace Manabi.BuildingBlocks.Contracts;

/// <summary>Dates and times as a Japanese reader expects them in a sentence: 2026年12月10日 12:00 (Japan time).</summary>
public static class JapaneseDates
{
    public static string Date(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset instant) => JapanTime.Of(instant).ToString("yyyy年M月d日 H:mm", CultureInfo.InvariantCulture);
}
