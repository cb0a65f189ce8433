using System.Text;
using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Opportunities.SearchOpportunities.SearchIndex;

/// <summary>
/// An immutable inverted index over a set of documents. For each gram (each character and pair of
/// characters of a word, as in <see cref="Domain.JapaneseText.Grams"/>) and each facet (field,
/// audience, provider, kind, free, stamp rally) it keeps the sorted ordinals of the documents that
/// have it; and it keeps every session in start order, for date-ordered walks. Ordinals follow id
/// order, so walking in (start, ordinal) order is walking in (start, id) order.
/// </summary>
internal sealed class SearchSegment
{
    public const string FreeFacet = "free";
    public const string StampRallyFacet = "stamp-rally";

    private readonly Dictionary<string, int[]> _grams;
    private readonly Dictionary<string, int[]> _facets;

    private SearchSegment(SearchDocument[] documents, Dictionary<string, int[]> grams, Dictionary<string, int[]> facets, WalkEntry[] walk)
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
            for (var s = 0; s < document.Sessions.Count; s++)
            {
                walk.Add(new WalkEntry(document.Sessions[s].StartsAtTicks, ordinal, s));
            }
        }
        walk.Sort();
        return new SearchSegment(sorted,
            grams.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal),
            facets.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal), [.. walk]);
    }

    /// <summary>
    /// The ordinals of the documents that have every gram of every term and every required facet, a
    /// superset of the matches (a term's pairs can occur apart), or null when the criteria name
    /// neither, meaning every document. Lists are intersected shortest first, and only until at
    /// most <paramref name="enough"/> remain: each candidate is checked in full anyway.
    /// </summary>
    public int[]? Candidates(SearchCriteria criteria, int enough)
    {
        var lists = new List<int[]>();
        foreach (var term in criteria.Terms)
        {
            foreach (var gram in Domain.JapaneseText.TermGrams(term))
            {
                lists.Add(_grams.GetValueOrDefault(gram, []));
            }
        }
        foreach (var facet in criteria.RequiredFacets())
        {
            lists.Add(_facets.GetValueOrDefault(facet, []));
        }
        if (lists.Count == 0)
        {
            return null;
        }
        lists.Sort((a, b) => a.Length.CompareTo(b.Length));
        var result = lists[0];
        for (var i = 1; i < lists.Count && result.Length > enough; i++)
        {
            result = Intersect(result, lists[i]);
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

    // Galloping: from where the last value was found, steps of 1, 2, 4, … pass the next value, then a
    // binary search finds it. A short list meets a long one in (short × log of the gap) steps.
    private static int[] Intersect(int[] shorter, int[] longer)
    {
        var result = new int[shorter.Length];
        var count = 0;
        var from = 0;
        foreach (var value in shorter)
        {
            var step = 1;
            while (from + step < longer.Length && longer[from + step] < value)
            {
                from += step;
                step <<= 1;
            }
            var at = Array.BinarySearch(longer, from, Math.Min(step + 1, longer.Length - from), value);
            if (at >= 0) result[count++] = value;
            from = at >= 0 ? at + 1 : ~at;
            if (from >= longer.Length) break;
        }
        return result[..count];
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
