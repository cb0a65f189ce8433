using Mediator;

namespace Manabi.Catalog.Contracts;

/// <summary>
/// Titles and providers of learning opportunities, whatever their status (a learner's history
/// still names a programme that was later withdrawn). Unknown ids are left out.
/// </summary>
public sealed record GetOpportunityTitlesQuery(IReadOnlyList<Guid> OpportunityIds) : IQuery<IReadOnlyList<OpportunityTitle>>;

/// <summary>What another module may show about an opportunity.</summary>
public sealed record OpportunityTitle(Guid OpportunityId, string Title, Guid ProviderId, string ProviderName);
