namespace Manabi.Catalog.Features.Search.SearchIndex;

/// <summary>One bit per document ordinal, in 64-bit words.</summary>
internal static class Bitset
{
    public static int Words(int bits) => (bits + 63) >> 6;

    public static bool Has(ulong[] bits, int i) => (bits[i >> 6] & (1UL << (i & 63))) != 0;

    public static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << (i & 63);
}
