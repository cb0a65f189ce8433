namespace Manabi.Indicators.Domain;

/// <summary>Indicators' own record that a provider joined the catalog, taken from Catalog's event.</summary>
internal sealed class ProviderRegistration
{
    private ProviderRegistration() { }

    public Guid ProviderId { get; private set; }
    public string Kind { get; private set; } = "";
    public int FiscalYear { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    public static ProviderRegistration Record(Guid providerId, string kind, DateTimeOffset registeredAt) => new()
    {
        ProviderId = providerId,
        Kind = kind,
        FiscalYear = BuildingBlocks.Contracts.FiscalYear.Of(registeredAt).StartYear,
        RegisteredAt = registeredAt,
    };
}
