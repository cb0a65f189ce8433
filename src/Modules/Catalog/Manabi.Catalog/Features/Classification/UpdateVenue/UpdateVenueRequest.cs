namespace Manabi.Catalog.Features.Classification.UpdateVenue;

/// <summary>Replace a venue's fields (staff), for instance after a rename or a move. Requires <c>If-Match</c>.</summary>
/// <param name="Name">Name.</param>
/// <param name="NameKana">Reading of the name in kana.</param>
/// <param name="Address">Address.</param>
/// <param name="Area">Area of the city (地区).</param>
/// <param name="Latitude">WGS 84 latitude.</param>
/// <param name="Longitude">WGS 84 longitude.</param>
/// <param name="AccessibilityNotes">Accessibility notes.</param>
public sealed record UpdateVenueRequest(string? Name, string? NameKana, string? Address, string? Area, double? Latitude, double? Longitude, string? AccessibilityNotes)
{
    internal UpdateVenueCommand ToCommand(Guid id, uint? expectedVersion) =>
        new(id, Name, NameKana, Address, Area, Latitude, Longitude, AccessibilityNotes, expectedVersion);
}
