namespace Manabi.Catalog.Features.Push.UpsertOpportunities;

/// <summary>Up to 1,000 opportunities of one provider in one request.</summary>
/// <param name="Items">The opportunities, each with the provider's own id.</param>
public sealed record UpsertOpportunitiesRequest(IReadOnlyList<BatchItem>? Items)
{
    internal UpsertOpportunitiesCommand ToCommand(Guid providerId, Guid? callerProviderId) => new(providerId, Items, callerProviderId);
}
