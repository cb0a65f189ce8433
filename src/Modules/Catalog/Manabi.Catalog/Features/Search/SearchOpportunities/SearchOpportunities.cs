using System.Text.Json.Serialization;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;
using Manabi.Catalog.Features.Search.SearchIndex;
using Mediator;

namespace Manabi.Catalog.Features.Search.SearchOpportunities;

/// <summary>Public search over published opportunities of approved providers.</summary>
// Members, not a positional record: the compile-time request delegate cannot bind [AsParameters]
// to a constructor with nullable parameters.
internal sealed record SearchOpportunitiesQuery : IQuery<SearchPage>
{
    public string? Q { get; init; }
    public string? Field { get; init; }
    public Audience? Audience { get; init; }
    public Guid? ProviderId { get; init; }
    public OpportunityKind? Kind { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public bool? Free { get; init; }
    public bool? StampRally { get; init; }
    public Guid? VenueId { get; init; }
    public string? Area { get; init; }
    public bool? HasSeats { get; init; }
    public string? Sort { get; init; }
    public string? Cursor { get; init; }
    public int? Limit { get; init; }

    /// <summary>Whether the first page also says how many match in all (search only; exports and the calendar do not bind it).</summary>
    internal bool CountTotal { get; init; }

    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public bool ByRelevance => Sort == "relevance";

    /// <summary>The normalized keywords (at most five); every one must occur.</summary>
    public IReadOnlyList<string> Terms => [.. JapaneseText.Normalize(Q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(5)];

    /// <summary>Filters on sessions: the opportunity must then have a matching upcoming session.</summary>
    public bool FiltersSessions => From is not null || To is not null || VenueId is not null || Area is not null || HasSeats == true;
}

/// <summary>One page of results and the cursor of the next one (absent on the last page).</summary>
/// <param name="Items">The results on this page.</param>
/// <param name="Next">Pass it back as <c>cursor</c> for the following page; absent on the last.</param>
/// <param name="Total">How many opportunities match in all; only on a first page asked with <c>count=true</c>.</param>
public sealed record SearchPage(
    IReadOnlyList<OpportunitySummary> Items, string? Next,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Total = null);

/// <summary>A search result: the opportunity, its first session in the searched range and how many it has there.</summary>
public sealed record OpportunitySummary(
    Guid Id, Guid ProviderId, string ProviderName, OpportunityKind Kind, string Title, string TitleKana,
    IReadOnlyList<string> Fields, IReadOnlyList<Audience> Audiences, int? Fee, bool StampRallyEligible, decimal CreditsPerSession,
    SessionResponse? NextSession, int UpcomingSessions);

internal sealed class SearchOpportunitiesValidator : AbstractValidator<SearchOpportunitiesQuery>
{
    public SearchOpportunitiesValidator()
    {
        RuleFor(q => q.Q).MaximumLength(100).Named("キーワード", "q");
        RuleFor(q => q.Field).MaximumLength(80).Named("分野", "field");
        RuleFor(q => q.Area).MaximumLength(50).Named("地域", "area");
        RuleFor(q => q.Limit).InclusiveBetween(1, SearchOpportunitiesQuery.MaxLimit).WithName("limit");
        RuleFor(q => q.Sort).MaximumLength("relevance".Length).Must(s => s is null or "date" or "relevance").WithName("sort")
            .Says("sort は date か relevance です。", "sort is date or relevance.");
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithName("to")
            .Says("to（終わり）は from（始まり）より後の日時にしてください。", "to must be after from.");
        RuleFor(q => q.Cursor).MaximumLength(200).Must((q, c) => c is null || SearchCursor.TryParse(c, q.ByRelevance, out _)).WithName("cursor")
            .Says("cursor が正しくありません。", "Invalid cursor.");
    }
}

internal sealed class SearchOpportunitiesHandler(OpportunitySearchIndex index, TimeProvider clock) : IQueryHandler<SearchOpportunitiesQuery, SearchPage>
{
    public async ValueTask<SearchPage> Handle(SearchOpportunitiesQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? SearchOpportunitiesQuery.DefaultLimit;
        var now = clock.GetUtcNow();
        var catalog = await index.CurrentAsync(cancellationToken);
        var criteria = new SearchCriteria(query, catalog.Fields, now);
        var page = catalog.Find(criteria, limit + 1);
        string? next = null;
        if (page.Count > limit)
        {
            page.RemoveAt(limit);
            var last = page[^1];
            next = SearchCursor.Format(query.ByRelevance, last.Document.Id,
                last.NextStartTicks is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null, last.Rank);
        }
        // Counting visits every match, so it is asked for, and only where a results list shows it: the first page.
        var total = query.CountTotal && query.Cursor is null ? catalog.Count(criteria) : (int?)null;
        return new SearchPage(page.ConvertAll(hit => hit.Document.Summarize(criteria)), next, total);
    }
}
