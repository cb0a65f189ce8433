using Manabi.Catalog.Features.Search.SearchOpportunities;

namespace Manabi.Catalog.Features.Search;

/// <summary>
/// The session-level filters of a search (<c>from</c>, <c>to</c>, venue, area, seats left): in memory,
/// for the search index and for exports. The SQL plan states the same rules in SQL.
/// </summary>
internal sealed class SessionFilter(SearchOpportunitiesQuery query, DateTimeOffset now)
{
    public long FromTicks { get; } = (query.From ?? now).UtcTicks;

    public long ToTicks { get; } = query.To?.UtcTicks ?? long.MaxValue;

    public bool Matches(long startsAtTicks, Guid? venueId, string? area, int? seatsRemaining) =>
        startsAtTicks >= FromTicks && startsAtTicks < ToTicks
        && (query.VenueId is not { } venue || venueId == venue)
        && (query.Area is not { } wanted || area == wanted)
        && (query.HasSeats != true || seatsRemaining is null or > 0);
}
