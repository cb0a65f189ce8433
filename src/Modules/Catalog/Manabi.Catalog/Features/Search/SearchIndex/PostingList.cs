using System.Numerics;

namespace Manabi.Catalog.Features.Search.SearchIndex;

/// <summary>
/// The documents that have one gram or facet, as sorted ordinals or, when more than one document
/// in 32 has it, as a bitset: whichever is smaller, and a bitset answers "has it?" at once.
/// </summary>
internal sealed class PostingList
{
    public static readonly PostingList Empty = new(0, [], null);

    private readonly int[] _ordinals;
    private readonly ulong[]? _bits;

    private PostingList(int count, int[] ordinals, ulong[]? bits)
    {
        Count = count;
        _ordinals = ordinals;
        _bits = bits;
    }

    public int Count { get; }

    public bool IsDense => _bits is not null;

    /// <summary>The sorted ordinals of a list that is not dense.</summary>
    public int[] Ordinals => _bits is null ? _ordinals : throw new InvalidOperationException("A dense list keeps bits only.");

    public static PostingList From(List<int> ordinals, int documents)
    {
        if (ordinals.Count <= documents / 32)
        {
            return new PostingList(ordinals.Count, [.. ordinals], null);
        }
        var bits = new ulong[Bitset.Words(documents)];
        foreach (var ordinal in ordinals) Bitset.Set(bits, ordinal);
        return new PostingList(ordinals.Count, [], bits);
    }

    public bool Contains(int ordinal) => _bits is { } bits ? Bitset.Has(bits, ordinal) : Array.BinarySearch(_ordinals, ordinal) >= 0;

    /// <summary>The ordinals in every one of these lists, all dense: a word-by-word AND.</summary>
    public static int[] AllOf(IReadOnlyList<PostingList> dense)
    {
        var words = dense[0]._bits!.Length;
        var and = new ulong[words];
        var count = 0;
        for (var w = 0; w < words; w++)
        {
            var word = dense[0]._bits![w];
            for (var i = 1; i < dense.Count && word != 0; i++) word &= dense[i]._bits![w];
            and[w] = word;
            count += BitOperations.PopCount(word);
        }
        var result = new int[count];
        var at = 0;
        for (var w = 0; w < words; w++)
        {
            for (var word = and[w]; word != 0; word &= word - 1) result[at++] = (w << 6) + BitOperations.TrailingZeroCount(word);
        }
        return result;
    }

    /// <summary>The ordinals of both sorted lists.</summary>
    public static int[] Both(int[] a, int[] b)
    {
        var result = new int[Math.Min(a.Length, b.Length)];
        var count = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                result[count++] = a[i];
                i++;
                j++;
            }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return result[..count];
    }
}
