namespace Manabi.Catalog.Contracts;

/// <summary>A provider's standing: pending → approved → suspended (and back to approved).</summary>
public enum ProviderStatus
{
    Pending,
    Approved,
    Suspended,
}
