using System.Text;
using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Search.SearchIndex;

/// <summary>
/// An immutable inverted index over a set of documents. For each gram (each character and pair of
/// characters of a word, as PostgreSQL's <c>catalog.search_grams</c> derives them) and each facet (field,
/// audience, provider, kind, free, stamp rally) it keeps the sorted ordinals of the documents that
/// have it; and it keeps every session in start order, for date-ordered walks. Ordinals follow id
/// order, so walking in (start, ordinal) order is walking in (start, id) order.
/// </summary>
internal sealed class SearchSegment
{
    public const string FreeFacet = "free";
    public const string StampRallyFacet = "stamp-rally";

    private readonly Dictionary<string, PostingList> _grams;
    private readonly Dictionary<string, PostingList> _facets;

    private SearchSegment(SearchDocument[] documents, Dictionary<string, PostingList> grams, Dictionary<string, PostingList> facets, WalkEntry[] walk)
    {
        Documents = documents;
        _grams = grams;
        _facets = facets;
        Walk = walk;
        Ordinals = new Dictionary<Guid, int>(documents.Length);
        for (var i = 0; i < documents.Length; i++) Ordinals[documents[i].Id] = i;
    }

    public SearchDocument[] Documents { get; }

    public Dictionary<Guid, int> Ordinals { get; }

    /// <summary>Every session of every document, in (start, ordinal) order.</summary>
    public WalkEntry[] Walk { get; }

    public static string FieldFacet(string code) => $"field:{code}";
    public static string AudienceFacet(Audience audience) => $"audience:{audience}";
    public static string ProviderFacet(Guid provider) => $"provider:{provider}";
    public static string KindFacet(OpportunityKind kind) => $"kind:{kind}";

    public static SearchSegment Build(IEnumerable<SearchDocument> documents, FieldTree fields)
    {
        var sorted = documents.OrderBy(d => d.Id).ToArray();
        var grams = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var gramLookup = grams.GetAlternateLookup<ReadOnlySpan<char>>();
        var facets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var walk = new List<WalkEntry>();
        for (var ordinal = 0; ordinal < sorted.Length; ordinal++)
        {
            var document = sorted[ordinal];
            foreach (var gram in Grams(document.SearchText))
            {
                // Spans, not strings: a gram allocates once, when first seen in the whole catalog.
                if (!gramLookup.TryGetValue(document.SearchText.AsSpan(gram.Start, gram.Length), out var list))
                {
                    gramLookup[document.SearchText.AsSpan(gram.Start, gram.Length)] = list = [];
                }
                AddOnce(list, ordinal);
            }
            foreach (var facet in Facets(document, fields))
            {
                AddOnce(facets.TryGetValue(facet, out var list) ? list : facets[facet] = [], ordinal);
            }
            for (var s = 0; s < document.Sessions.Length; s++)
            {
                walk.Add(new WalkEntry(document.Sessions[s].StartsAtTicks, ordinal, s));
            }
        }
        walk.Sort();
        return new SearchSegment(sorted,
            grams.ToDictionary(g => g.Key, g => PostingList.From(g.Value, sorted.Length), StringComparer.Ordinal),
            facets.ToDictionary(f => f.Key, f => PostingList.From(f.Value, sorted.Length), StringComparer.Ordinal), [.. walk]);
    }

    /// <summary>
    /// The ordinals of the documents that have every gram of every term and every required facet, a
    /// superset of the matches (a term's pairs can occur apart), or null when the criteria name
    /// neither, meaning every document. Lists are intersected shortest first, and only until at
    /// most <paramref name="enough"/> remain: each candidate is checked in full anyway.
    /// </summary>
    public int[]? Candidates(SearchCriteria criteria, int enough)
    {
        var lists = new List<PostingList>();
        foreach (var term in criteria.Terms)
        {
            lists.AddRange(Domain.JapaneseText.TermGrams(term).Select(gram => _grams.GetValueOrDefault(gram, PostingList.Empty)));
        }
        lists.AddRange(criteria.RequiredFacets().Select(facet => _facets.GetValueOrDefault(facet, PostingList.Empty)));
        if (lists.Count == 0)
        {
            return null;
        }
        // Short lists are merged; long ones (bitsets) are ANDed when nothing shorter exists, or else
        // only looked up for each candidate left.
        lists.Sort((a, b) => a.Count.CompareTo(b.Count));
        var dense = lists.Where(l => l.IsDense).ToList();
        var sparse = lists.Where(l => !l.IsDense).ToList();
        if (sparse.Count == 0)
        {
            return PostingList.AllOf(dense);
        }
        var result = sparse[0].Ordinals;
        foreach (var list in sparse.Skip(1).Concat(dense))
        {
            if (result.Length <= enough) break;
            result = list.IsDense ? Array.FindAll(result, list.Contains) : PostingList.Both(result, list.Ordinals);
        }
        return result;
    }

    private static IEnumerable<string> Facets(SearchDocument d, FieldTree fields)
    {
        foreach (var code in d.Fields.SelectMany(fields.Filters).Distinct()) yield return FieldFacet(code);
        foreach (var audience in d.Audiences) yield return AudienceFacet(audience);
        yield return ProviderFacet(d.ProviderId);
        yield return KindFacet(d.Kind);
        if (d.Fee is null) yield return FreeFacet;
        if (d.StampRallyEligible) yield return StampRallyFacet;
    }

    /// <summary>Where each character and each pair of characters of a word sits in the text.</summary>
    private static List<(int Start, int Length)> Grams(string text)
    {
        var grams = new List<(int, int)>(text.Length * 2);
        var previous = -1;
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == ' ')
            {
                previous = -1;
                i++;
                continue;
            }
            Rune.DecodeFromUtf16(text.AsSpan(i), out _, out var length);
            grams.Add((i, length));
            if (previous >= 0) grams.Add((previous, i + length - previous));
            previous = i;
            i += length;
        }
        return grams;
    }

    // Documents are added in ordinal order, so a repeat can only be the last entry.
    private static void AddOnce(List<int> list, int ordinal)
    {
        if (list.Count == 0 || list[^1] != ordinal) list.Add(ordinal);
    }
}

/// <summary>A session in the walk: its start, its document and its place in the document's sessions.</summary>
internal readonly record struct WalkEntry(long StartsAtTicks, int Ordinal, int Session) : IComparable<WalkEntry>
{
    public int CompareTo(WalkEntry other)
    {
        var byStart = StartsAtTicks.CompareTo(other.StartsAtTicks);
        return byStart != 0 ? byStart : Ordinal.CompareTo(other.Ordinal);
    }
}
