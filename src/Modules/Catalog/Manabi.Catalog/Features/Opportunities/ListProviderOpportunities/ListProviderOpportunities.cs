using FluentValidation;
using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Opportunities.ListProviderOpportunities;

/// <summary>One of a provider's opportunities in its own list: enough to reconcile with the partner's system.</summary>
/// <param name="Id">Catalog id.</param>
/// <param name="ExternalId">The provider's own id.</param>
/// <param name="Kind">Kind of opportunity.</param>
/// <param name="Title">Title.</param>
/// <param name="Status">Draft, Published, Cancelled or Withdrawn.</param>
/// <param name="ModifiedAt">Last change.</param>
/// <param name="ETag">Send it as <c>If-Match</c> with the next push to detect concurrent edits.</param>
/// <param name="Sessions">Sessions, cancelled ones included.</param>
/// <param name="FirstSessionAt">Start of its earliest session.</param>
public sealed record ProviderOpportunityRow(Guid Id, string ExternalId, OpportunityKind Kind, string Title, OpportunityStatus Status,
    DateTimeOffset ModifiedAt, string ETag, int Sessions, DateTimeOffset? FirstSessionAt);

/// <summary>A page of a provider's opportunities in every status, in the order of their external ids.</summary>
/// <param name="Total">How many the provider has with this filter.</param>
/// <param name="Items">This page.</param>
/// <param name="Next">Pass as <c>after</c> for the next page; null on the last.</param>
public sealed record ProviderOpportunityPage(int Total, IReadOnlyList<ProviderOpportunityRow> Items, string? Next);

internal sealed record ListProviderOpportunitiesQuery(Guid ProviderId, Guid? CallerProviderId, OpportunityStatus? Status, string? After, int? Limit)
    : IQuery<ProviderOpportunityPage>
{
    public const int MaxLimit = 500;
}

internal sealed class ListProviderOpportunitiesValidator : AbstractValidator<ListProviderOpportunitiesQuery>
{
    public ListProviderOpportunitiesValidator()
    {
        RuleFor(q => q.Status).IsInEnum().WithName("status");
        RuleFor(q => q.After).MaximumLength(100).WithName("after");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListProviderOpportunitiesQuery.MaxLimit).WithName("limit");
    }
}

internal sealed class ListProviderOpportunitiesHandler(CatalogDbContext db) : IQueryHandler<ListProviderOpportunitiesQuery, ProviderOpportunityPage>
{
    public async ValueTask<ProviderOpportunityPage> Handle(ListProviderOpportunitiesQuery q, CancellationToken cancellationToken)
    {
        var provider = await ProviderScope.ResolveAsync(db, q.ProviderId, q.CallerProviderId, cancellationToken);
        var own = db.Opportunities.AsNoTracking().Where(o => o.ProviderId == provider.Id);
        if (q.Status is { } status)
        {
            own = own.Where(o => o.Status == status);
        }
        var total = await own.CountAsync(cancellationToken);
        var limit = q.Limit ?? 100;
        var page = await own.Where(o => q.After == null || string.Compare(o.ExternalId, q.After) > 0)
            .OrderBy(o => o.ExternalId).Take(limit + 1)
            .Select(o => new
            {
                o.Id, o.ExternalId, o.Kind, o.Title, o.Status, o.ModifiedAt, o.Version,
                Sessions = o.Sessions.Count, First = o.Sessions.Min(s => (DateTimeOffset?)s.StartsAt),
            })
            .ToListAsync(cancellationToken);
        var rows = page.Take(limit).Select(o => new ProviderOpportunityRow(o.Id, o.ExternalId, o.Kind, o.Title, o.Status, o.ModifiedAt,
            ETags.Format(o.Version), o.Sessions, o.First)).ToList();
        return new(total, rows, page.Count > limit ? rows[^1].ExternalId : null);
    }
}
