using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;
using Manabi.Catalog.Features.Search.SearchOpportunities;

namespace Manabi.Catalog.Features.Search.SearchIndex;

/// <summary>
/// A public opportunity as search holds it in memory: what queries match on, and what a result
/// shows. Only scheduled sessions are kept, in the order a result lists them.
/// </summary>
internal sealed class SearchDocument
{
    public required Guid Id { get; init; }
    public required Guid ProviderId { get; init; }
    public required string ProviderName { get; init; }
    public required OpportunityKind Kind { get; init; }
    public required string Title { get; init; }
    public required string TitleKana { get; init; }
    public required string[] Fields { get; init; }
    public required Audience[] Audiences { get; init; }
    public required int? Fee { get; init; }
    public required bool StampRallyEligible { get; init; }
    public required decimal CreditsPerSession { get; init; }

    /// <summary>Normalized title, reading and description (what keywords must occur in).</summary>
    public required string SearchText { get; init; }

    /// <summary>
    /// How much of <see cref="SearchText"/> is the normalized title and reading: a keyword found
    /// there ranks higher. The text begins with them, so no second copy is kept (8 MB at 100,000).
    /// </summary>
    public required int SearchTitleLength { get; init; }

    public ReadOnlySpan<char> SearchTitle => SearchText.AsSpan(0, SearchTitleLength);

    // Arrays, not interfaces: search loops over these for every candidate.
    public required SearchSession[] Sessions { get; init; }

    /// <summary>The result line, with the sessions the search asked for: from <c>from</c> (default now) to <c>to</c>, at the venue or area asked.</summary>
    public OpportunitySummary Summarize(SearchCriteria criteria)
    {
        var inRange = Sessions.Where(criteria.MatchesSession).OrderBy(s => s.StartsAtTicks).ToList();
        return new(Id, ProviderId, ProviderName, Kind, Title, TitleKana, Fields, Audiences, Fee, StampRallyEligible, CreditsPerSession,
            inRange.FirstOrDefault()?.Response(), inRange.Count);
    }
}

/// <summary>
/// A scheduled session as search keeps it: its own fields, and the venue's summary shared by every
/// session held there. The response a result shows is made for a page's next sessions only (keeping
/// one per session, with a venue summary each, took 280 bytes a session against 96 now).
/// </summary>
internal sealed class SearchSession(Guid id, string externalId, long startsAtTicks, long endsAtTicks, VenueSummary? venue,
    string? onlineUrl, int? capacity, int? seatsRemaining, int? participants)
{
    public long StartsAtTicks { get; } = startsAtTicks;

    public VenueSummary? Venue { get; } = venue;

    public int? SeatsRemaining { get; } = seatsRemaining;

    public static SearchSession From(Session s, VenueSummary? venue) =>
        new(s.Id, s.ExternalId, s.StartsAt.UtcTicks, s.EndsAt.UtcTicks, venue, s.OnlineUrl, s.Capacity, s.SeatsRemaining, s.Participants);

    /// <summary>The session as a result shows it; search keeps scheduled sessions only.</summary>
    public SessionResponse Response() => new(id, externalId, JapanTime.Of(new DateTimeOffset(StartsAtTicks, TimeSpan.Zero)),
        JapanTime.Of(new DateTimeOffset(endsAtTicks, TimeSpan.Zero)), Venue, onlineUrl, capacity, SeatsRemaining, SessionStatus.Scheduled, participants);
}
