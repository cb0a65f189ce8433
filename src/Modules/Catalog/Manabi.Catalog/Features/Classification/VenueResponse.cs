using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Features.Classification;

/// <summary>A venue shared by all providers.</summary>
/// <param name="Id">Venue id (used in sessions).</param>
/// <param name="Name">Name.</param>
/// <param name="NameKana">Reading of the name.</param>
/// <param name="Address">Address.</param>
/// <param name="Area">Area of the city, for filtering.</param>
/// <param name="Latitude">WGS 84 latitude.</param>
/// <param name="Longitude">WGS 84 longitude.</param>
/// <param name="AccessibilityNotes">Step-free access, parking, hearing loops…</param>
public sealed record VenueResponse(Guid Id, string Name, string NameKana, string Address, string? Area, double? Latitude, double? Longitude, string? AccessibilityNotes)
{
    internal static VenueResponse From(Venue v) => new(v.Id, v.Name, v.NameKana, v.Address, v.Area, v.Latitude, v.Longitude, v.AccessibilityNotes);
}
