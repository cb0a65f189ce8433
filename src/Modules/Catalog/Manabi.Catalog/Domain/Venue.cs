namespace Manabi.Catalog.Domain;

/// <summary>A place where sessions are held, shared by every provider.</summary>
internal sealed class Venue
{
    private Venue() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string NameKana { get; private set; } = "";
    public string Address { get; private set; } = "";

    /// <summary>The area of the city (地区) it is in, for "near me" filters.</summary>
    public string? Area { get; private set; }

    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public string? AccessibilityNotes { get; private set; }
    public bool IsDemo { get; private set; }
    public uint Version { get; private set; }

    public static Venue Create(VenueDetails details, DateTimeOffset now, bool isDemo = false)
    {
        var venue = new Venue { Id = Guid.CreateVersion7(now), IsDemo = isDemo };
        venue.Update(details);
        return venue;
    }

    public void Update(VenueDetails details)
    {
        Name = details.Name.Trim();
        NameKana = details.NameKana.Trim();
        Address = details.Address.Trim();
        Area = string.IsNullOrWhiteSpace(details.Area) ? null : details.Area.Trim();
        Latitude = details.Latitude;
        Longitude = details.Longitude;
        AccessibilityNotes = string.IsNullOrWhiteSpace(details.AccessibilityNotes) ? null : details.AccessibilityNotes.Trim();
    }
}

internal sealed record VenueDetails(string Name, string NameKana, string Address, string? Area, double? Latitude, double? Longitude, string? AccessibilityNotes);
