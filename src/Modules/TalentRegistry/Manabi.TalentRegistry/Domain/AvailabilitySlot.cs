using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Domain;

/// <summary>A weekday and time band, stored as one number (weekday × 3 + band) so a week is a short integer array.</summary>
internal static class AvailabilitySlot
{
    public static int Of(DayOfWeek day, TimeBand band) => (int)day * 3 + (int)band;

    public static (DayOfWeek Day, TimeBand Band) Read(int slot) => ((DayOfWeek)(slot / 3), (TimeBand)(slot % 3));
}
