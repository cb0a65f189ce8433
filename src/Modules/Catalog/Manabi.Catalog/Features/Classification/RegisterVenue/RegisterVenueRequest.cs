namespace Manabi.Catalog.Features.Classification.RegisterVenue;

/// <summary>Register a venue (staff or a partner system).</summary>
/// <param name="Name">Name.</param>
/// <param name="NameKana">Reading of the name in kana.</param>
/// <param name="Address">Address.</param>
/// <param name="Area">Area of the city (地区).</param>
/// <param name="Latitude">WGS 84 latitude.</param>
/// <param name="Longitude">WGS 84 longitude.</param>
/// <param name="AccessibilityNotes">Accessibility notes.</param>
public sealed record RegisterVenueRequest(string? Name, string? NameKana, string? Address, string? Area, double? Latitude, double? Longitude, string? AccessibilityNotes)
{
    internal RegisterVenueCommand ToCommand() => new(Name, NameKana, Address, Area, Latitude, Longitude, AccessibilityNotes);
}
