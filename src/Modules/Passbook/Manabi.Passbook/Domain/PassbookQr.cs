using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Manabi.Passbook.Domain;

/// <summary>
/// The payload of the QR code on a passbook card: the number and an HMAC over it, so a scanned
/// card proves it was issued here (a typed number alone does not). <c>MNBPB1.{digits}.{mac}</c>.
/// </summary>
internal sealed class PassbookQr(byte[] key)
{
    private const string Prefix = "MNBPB1";

    public string Sign(PassbookNumber number) => $"{Prefix}.{number.Digits}.{Mac(number.Digits)}";

    public bool TryVerify(string? payload, out PassbookNumber? number)
    {
        number = null;
        var parts = payload?.Split('.') ?? [];
        return parts.Length == 3 && parts[0] == Prefix
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(parts[1])), Encoding.ASCII.GetBytes(parts[2]))
            && PassbookNumber.TryParse(parts[1], out number);
    }

    private string Mac(string digits) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(digits)).AsSpan(0, 16));
}
