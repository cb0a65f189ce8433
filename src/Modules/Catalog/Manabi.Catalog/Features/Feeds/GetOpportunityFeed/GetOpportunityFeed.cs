using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using Manabi.Catalog.Data;
using Manabi.Catalog.Features.Opportunities;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Feeds.GetOpportunityFeed;

/// <summary>
/// An OpenActive-style RPDE page. <c>modified</c> is the item's change number: every change gets a
/// larger one, handed out in commit order, so paging never skips or repeats a change.
/// </summary>
/// <param name="Next">URL of the next page; on the last page, this page itself (poll it).</param>
/// <param name="Items">Changes in order.</param>
/// <param name="License">Licence of the data.</param>
public sealed record FeedPage(string Next, IReadOnlyList<FeedItem> Items, string License);

/// <summary>One change: <c>updated</c> with its OpenActive data, or <c>deleted</c> (a tombstone, which RPDE sends without <c>data</c>).</summary>
/// <param name="State"><c>updated</c> or <c>deleted</c>.</param>
/// <param name="Kind">The data's type: <c>SessionSeries</c> or <c>CourseInstance</c>.</param>
/// <param name="Id">The opportunity's catalog id.</param>
/// <param name="Modified">Its change number.</param>
/// <param name="Data">The opportunity in OpenActive's model; absent on a tombstone.</param>
public sealed record FeedItem(string State, string Kind, Guid Id, long Modified,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonObject? Data);

internal sealed record GetOpportunityFeedQuery(long? AfterTimestamp, Guid? AfterId, int? Limit, string BaseUrl) : IQuery<FeedPage>
{
    /// <summary>Default page: 100 items keeps a page of full schema.org data quick to build and to parse.</summary>
    public const int PageSize = 100;

    public const int MaxPageSize = 500;
}

internal sealed class GetOpportunityFeedValidator : AbstractValidator<GetOpportunityFeedQuery>
{
    public GetOpportunityFeedValidator()
    {
        RuleFor(q => q.AfterTimestamp).InclusiveBetween(0, long.MaxValue).WithName("afterTimestamp");
        RuleFor(q => q.AfterId).NotNull().When(q => q.AfterTimestamp is not null).WithName("afterId");
        RuleFor(q => q.Limit).InclusiveBetween(1, GetOpportunityFeedQuery.MaxPageSize).WithName("limit");
    }
}

internal sealed class GetOpportunityFeedHandler(CatalogDbContext db, OpportunityReader reader) : IQueryHandler<GetOpportunityFeedQuery, FeedPage>
{
    public async ValueTask<FeedPage> Handle(GetOpportunityFeedQuery query, CancellationToken cancellationToken)
    {
        var afterTimestamp = query.AfterTimestamp ?? 0;
        var afterId = query.AfterId ?? Guid.Empty;
        // Opportunities never published never become public, so they never need a tombstone either.
        var changes = db.Opportunities
            .Where(o => o.WasPublished && o.ChangeNumber > 0)
            // Row comparison: exactly (modified = ts AND id > id) OR modified > ts, and one index range scan.
            .Where(o => EF.Functions.GreaterThan(ValueTuple.Create(o.ChangeNumber, o.Id), ValueTuple.Create(afterTimestamp, afterId)))
            .OrderBy(o => o.ChangeNumber).ThenBy(o => o.Id)
            .Take(query.Limit ?? GetOpportunityFeedQuery.PageSize);
        // The page and its data in one read (tombstones come whole too, which is cheaper than a second query).
        var (page, providers, venues) = await reader.LoadGraphAsync(changes, cancellationToken);
        var fieldNames = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.NameJa, StringComparer.Ordinal, cancellationToken);
        var items = page.ConvertAll(o =>
        {
            var provider = providers[o.ProviderId];
            var isPublic = PublicVisibility.IsPublic(o.Status, o.DuplicateOf, provider.Status);
            return new FeedItem(
                isPublic ? "updated" : "deleted", OpenActiveData.KindOf(o.Kind), o.Id, o.ChangeNumber,
                isPublic ? OpenActiveData.Render(OpportunityResponse.From(o, provider, venues), fieldNames, query.BaseUrl) : null);
        });
        var (nextTimestamp, nextId) = items.Count > 0 ? (items[^1].Modified, items[^1].Id) : (afterTimestamp, afterId);
        var limit = query.Limit is { } l ? $"&limit={l}" : "";
        var next = $"{query.BaseUrl}/api/v1/catalog/feeds/opportunities?afterTimestamp={nextTimestamp.ToString(CultureInfo.InvariantCulture)}&afterId={nextId}{limit}";
        return new FeedPage(next, items, "https://creativecommons.org/licenses/by/4.0/");
    }
}
