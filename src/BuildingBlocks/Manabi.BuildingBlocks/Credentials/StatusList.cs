using System.Buffers.Text;
using System.IO.Compression;

namespace Manabi.BuildingBlocks.Credentials;

/// <summary>
/// W3C Bitstring Status List v1.0: every credential has a position in a list of
/// <see cref="Size"/> bits; a set bit means revoked. A verifier fetches the list (one for many
/// credentials, so the issuer cannot tell which credential is being checked) and reads its bit.
/// </summary>
public static class StatusList
{
    /// <summary>131,072 entries: the specification's minimum of 16 KB, for herd privacy.</summary>
    public const int Size = 131_072;

    public static (long List, int Position) Locate(long index) => (index / Size, (int)(index % Size));

    /// <summary>The <c>encodedList</c>: multibase base64url (prefix <c>u</c>) of the GZIP-compressed bits, index 0 the left-most bit.</summary>
    public static string Encode(IEnumerable<int> revokedPositions)
    {
        var bits = new byte[Size / 8];
        foreach (var position in revokedPositions)
        {
            bits[position / 8] |= (byte)(0x80 >> (position % 8));
        }
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            gzip.Write(bits);
        }
        return "u" + Base64Url.EncodeToString(compressed.ToArray());
    }
}
