using Manabi.BuildingBlocks.Contracts;

namespace Manabi.Catalog.Contracts;

/// <summary>A provider was registered in the catalog (pending approval).</summary>
/// <param name="ProviderId">The new provider's id.</param>
/// <param name="Kind">What kind of organization it is.</param>
/// <param name="RegisteredAt">When it was registered.</param>
public sealed record ProviderRegisteredIntegrationEvent(Guid ProviderId, ProviderKind Kind, DateTimeOffset RegisteredAt) : IntegrationEvent;
