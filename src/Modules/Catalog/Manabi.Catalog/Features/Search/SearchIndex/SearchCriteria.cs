using Manabi.Catalog.Features.Search.SearchOpportunities;

namespace Manabi.Catalog.Features.Search.SearchIndex;

/// <summary>
/// A search query compiled for in-memory matching. Its rules are those of the SQL in
/// <see cref="OpportunityFinder"/> (exports and digests use that one); a test runs both on one catalog.
/// </summary>
internal sealed class SearchCriteria
{
    private readonly SearchOpportunitiesQuery _query;
    private readonly HashSet<string>? _fields;
    private readonly SearchCursor? _cursor;
    private readonly SessionFilter _sessions;

    public SearchCriteria(SearchOpportunitiesQuery query, FieldTree fields, DateTimeOffset now)
    {
        _query = query;
        _fields = string.IsNullOrWhiteSpace(query.Field) ? null : [.. fields.Expand(query.Field)];
        Terms = [.. query.Terms];
        _sessions = new SessionFilter(query, now);
        _cursor = query.Cursor is not null && SearchCursor.TryParse(query.Cursor, query.ByRelevance, out var cursor) ? cursor : null;
        DateCursor = !ByRelevance && _cursor is { NextStart: { } start } c ? (start.UtcTicks, c.Id) : null;
    }

    public string[] Terms { get; }

    public bool ByRelevance => _query.ByRelevance;

    public long FromTicks => _sessions.FromTicks;

    public long ToTicks => _sessions.ToTicks;

    /// <summary>The date-order cursor: results come after this start and id.</summary>
    public (long StartTicks, Guid Id)? DateCursor { get; }

    /// <summary>Keys every matching document is indexed under (see <see cref="SearchSegment"/>).</summary>
    public IEnumerable<string> RequiredFacets()
    {
        if (_fields is not null) yield return SearchSegment.FieldFacet(_query.Field!);
        if (_query.Audience is { } audience) yield return SearchSegment.AudienceFacet(audience);
        if (_query.ProviderId is { } provider) yield return SearchSegment.ProviderFacet(provider);
        if (_query.Kind is { } kind) yield return SearchSegment.KindFacet(kind);
        if (_query.Free == true) yield return SearchSegment.FreeFacet;
        if (_query.StampRally == true) yield return SearchSegment.StampRallyFacet;
    }

    public bool MatchesOpportunity(SearchDocument d)
    {
        foreach (var term in Terms)
        {
            if (!d.SearchText.Contains(term, StringComparison.Ordinal)) return false;
        }
        var q = _query;
        return (_fields is null || HasAnyField(d.Fields))
            && (q.Audience is not { } audience || Array.IndexOf(d.Audiences, audience) >= 0)
            && (q.ProviderId is not { } provider || d.ProviderId == provider)
            && (q.Kind is not { } kind || d.Kind == kind)
            && (q.Free is not { } free || free == (d.Fee is null))
            && (q.StampRally is not { } stampRally || d.StampRallyEligible == stampRally);
    }

    private bool HasAnyField(string[] fields)
    {
        foreach (var field in fields)
        {
            if (_fields!.Contains(field)) return true;
        }
        return false;
    }

    public bool MatchesSession(SearchSession s) => _sessions.Matches(s.StartsAtTicks, s.Venue?.Id, s.Venue?.Area, s.SeatsRemaining);

    /// <summary>The session the opportunity is ordered by: its earliest matching one.</summary>
    public SearchSession? FirstMatch(SearchDocument d)
    {
        SearchSession? first = null;
        foreach (var session in d.Sessions)
        {
            if (MatchesSession(session) && (first is null || session.StartsAtTicks < first.StartsAtTicks)) first = session;
        }
        return first;
    }

    /// <summary>The page's entry for a matching opportunity, or null when it is left out.</summary>
    public SearchHit? Hit(SearchDocument d)
    {
        var first = FirstMatch(d);
        if (ByRelevance)
        {
            var rank = 0;
            foreach (var term in Terms)
            {
                rank += d.SearchTitle.Contains(term, StringComparison.Ordinal) ? 1 : 0;
            }
            var afterCursor = _cursor is not { } c || rank < c.Rank || (rank == c.Rank && d.Id.CompareTo(c.Id) > 0);
            return afterCursor && (first is not null || !_query.FiltersSessions) ? new SearchHit(d, first?.StartsAtTicks, rank) : null;
        }
        return first is not null && IsAfterDateCursor(first.StartsAtTicks, d.Id) ? new SearchHit(d, first.StartsAtTicks, 0) : null;
    }

    /// <summary>
    /// Page order: next session then id, or rank (highest first) then id. Guid order is PostgreSQL's
    /// uuid order, so ties fall as they do in SQL.
    /// </summary>
    public int Compare(SearchHit a, SearchHit b)
    {
        var byKey = ByRelevance ? b.Rank.CompareTo(a.Rank) : Nullable.Compare(a.NextStartTicks, b.NextStartTicks);
        return byKey != 0 ? byKey : a.Document.Id.CompareTo(b.Document.Id);
    }

    public bool IsAfterDateCursor(long startTicks, Guid id) =>
        DateCursor is not { } c || startTicks > c.StartTicks || (startTicks == c.StartTicks && id.CompareTo(c.Id) > 0);
}

/// <summary>One result with what it is ordered by.</summary>
internal sealed record SearchHit(SearchDocument Document, long? NextStartTicks, int Rank);
