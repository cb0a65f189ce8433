using System.Buffers;
using static Manabi.Catalog.Features.Search.SearchIndex.Bitset;

namespace Manabi.Catalog.Features.Search.SearchIndex;

/// <summary>
/// The public catalog as of one feed change number, immutable: a segment built in one go, plus the
/// documents changed since (each is checked by every search until a rebuild folds them in; see
/// <see cref="OpportunitySearchIndex.RebuildAbove"/>). A changed document hides its old version in the segment.
/// </summary>
internal sealed class SearchSnapshot
{
    /// <summary>
    /// Up to this many candidates, each is checked and sorted by its next session; above it, walking
    /// sessions in start order finds a page sooner. Either is exact; this only picks the cheaper.
    /// </summary>
    internal const int WalkAbove = 2000;

    private readonly ulong[] _hidden;

    public SearchSnapshot(SearchSegment segment, FieldTree fields, long changeNumber)
        : this(segment, fields, changeNumber, new Dictionary<Guid, SearchDocument?>(), new ulong[Words(segment.Documents.Length)])
    {
    }

    private SearchSnapshot(SearchSegment segment, FieldTree fields, long changeNumber, Dictionary<Guid, SearchDocument?> changed, ulong[] hidden)
    {
        Segment = segment;
        Fields = fields;
        ChangeNumber = changeNumber;
        Changed = changed;
        _hidden = hidden;
    }

    public SearchSegment Segment { get; }

    public FieldTree Fields { get; }

    /// <summary>The last feed change this snapshot includes.</summary>
    public long ChangeNumber { get; }

    /// <summary>Documents changed since the segment was built; null for one no longer public.</summary>
    public IReadOnlyDictionary<Guid, SearchDocument?> Changed { get; }

    /// <summary>A new snapshot with later changes applied.</summary>
    public SearchSnapshot With(IReadOnlyList<(Guid Id, SearchDocument? Document)> changes, long changeNumber)
    {
        var changed = new Dictionary<Guid, SearchDocument?>(Changed);
        var hidden = (ulong[])_hidden.Clone();
        foreach (var (id, document) in changes)
        {
            changed[id] = document;
            if (Segment.Ordinals.TryGetValue(id, out var ordinal)) Set(hidden, ordinal);
        }
        return new SearchSnapshot(Segment, Fields, changeNumber, changed, hidden);
    }

    /// <summary>Every public document, for a rebuild.</summary>
    public IEnumerable<SearchDocument> Documents() =>
        Segment.Documents.Where((_, ordinal) => !Has(_hidden, ordinal)).Concat(Changed.Values.OfType<SearchDocument>());

    /// <summary>
    /// The first <paramref name="limit"/> matches after the cursor, in page order. Tests set
    /// <paramref name="walkAbove"/> to make either plan answer.
    /// </summary>
    public List<SearchHit> Find(SearchCriteria criteria, int limit, int walkAbove = WalkAbove)
    {
        var page = new TopHits(criteria, limit);
        var candidates = Segment.Candidates(criteria, walkAbove);
        if (criteria.ByRelevance || candidates?.Length <= walkAbove)
        {
            foreach (var ordinal in candidates ?? Enumerable.Range(0, Segment.Documents.Length))
            {
                if (!Has(_hidden, ordinal)) page.Consider(Segment.Documents[ordinal]);
            }
        }
        else
        {
            Walk(criteria, candidates, page, limit);
        }
        foreach (var document in Changed.Values)
        {
            if (document is not null) page.Consider(document);
        }
        return page.Hits;
    }

    /// <summary>How many opportunities match, as a first page sees them (no cursor): the "N件" of a results list.</summary>
    public int Count(SearchCriteria criteria)
    {
        var count = 0;
        foreach (var ordinal in Segment.Candidates(criteria, 0) ?? Enumerable.Range(0, Segment.Documents.Length))
        {
            if (!Has(_hidden, ordinal) && Matches(criteria, Segment.Documents[ordinal])) count++;
        }
        foreach (var document in Changed.Values)
        {
            if (document is not null && Matches(criteria, document)) count++;
        }
        return count;
    }

    private static bool Matches(SearchCriteria criteria, SearchDocument document) =>
        criteria.MatchesOpportunity(document) && criteria.Hit(document) is not null;

    /// <summary>
    /// Steps through sessions in start order from <c>from</c> (or the cursor) and stops once it has
    /// a page. The first matching session met of an opportunity is its next one.
    /// </summary>
    private void Walk(SearchCriteria criteria, int[]? candidates, TopHits page, int limit)
    {
        var documents = Segment.Documents;
        var walk = Segment.Walk;
        var words = Words(documents.Length);
        var seen = ArrayPool<ulong>.Shared.Rent(words);
        var allowed = candidates is null ? null : ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            Array.Clear(seen, 0, words);
            if (allowed is not null)
            {
                Array.Clear(allowed, 0, words);
                foreach (var ordinal in candidates!) Set(allowed, ordinal);
            }
            var found = 0;
            for (var i = Start(criteria); i < walk.Length && found < limit && walk[i].StartsAtTicks < criteria.ToTicks; i++)
            {
                var ordinal = walk[i].Ordinal;
                if (Has(seen, ordinal) || Has(_hidden, ordinal) || (allowed is not null && !Has(allowed, ordinal))) continue;
                var document = documents[ordinal];
                var session = document.Sessions[walk[i].Session];
                if (!criteria.MatchesSession(session)) continue;
                Set(seen, ordinal);
                // From a cursor the walk starts mid-way: an opportunity whose first match lies before it was on an earlier page.
                if (!criteria.MatchesOpportunity(document)
                    || (criteria.DateCursor is not null && criteria.FirstMatch(document)!.StartsAtTicks != session.StartsAtTicks)) continue;
                page.Add(new SearchHit(document, session.StartsAtTicks, 0));
                found++;
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(seen);
            if (allowed is not null) ArrayPool<ulong>.Shared.Return(allowed);
        }
    }

    // The first walk entry at or after `from` and after the cursor (the walk is in (start, id) order).
    private int Start(SearchCriteria criteria)
    {
        var walk = Segment.Walk;
        var documents = Segment.Documents;
        var start = LowerBound(walk, e => e.StartsAtTicks < criteria.FromTicks);
        return criteria.DateCursor is null ? start
            : Math.Max(start, LowerBound(walk, e => !criteria.IsAfterDateCursor(e.StartsAtTicks, documents[e.Ordinal].Id)));
    }

    private static int LowerBound(WalkEntry[] walk, Func<WalkEntry, bool> isBefore)
    {
        int low = 0, high = walk.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (isBefore(walk[middle])) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>The best <c>limit</c> hits seen so far, in page order.</summary>
    private sealed class TopHits(SearchCriteria criteria, int limit)
    {
        private readonly IComparer<SearchHit> _order = Comparer<SearchHit>.Create(criteria.Compare);

        public List<SearchHit> Hits { get; } = new(limit + 1);

        public void Consider(SearchDocument document)
        {
            if (criteria.MatchesOpportunity(document) && criteria.Hit(document) is { } hit) Add(hit);
        }

        public void Add(SearchHit hit)
        {
            if (Hits.Count == limit && criteria.Compare(hit, Hits[^1]) >= 0) return;
            var at = Hits.BinarySearch(hit, _order);
            Hits.Insert(at >= 0 ? at : ~at, hit);
            if (Hits.Count > limit) Hits.RemoveAt(limit);
        }
    }
}
