using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Manabi.Passbook.Domain;

/// <summary>
/// The number printed on a passbook card: 10 random digits and a check digit, shown as
/// <c>1234-5678-901</c>. The check digit uses Damm's algorithm, which catches every single-digit
/// error and every swap of two neighbouring digits, the two mistakes people make when typing a number.
/// </summary>
internal readonly record struct PassbookNumber
{
    // Damm's totally anti-symmetric quasigroup of order 10.
    private static readonly int[,] Table =
    {
        { 0, 3, 1, 7, 5, 9, 8, 6, 4, 2 }, { 7, 0, 9, 2, 1, 5, 4, 8, 6, 3 }, { 4, 2, 0, 6, 8, 7, 1, 3, 5, 9 },
        { 1, 7, 5, 0, 9, 8, 3, 4, 2, 6 }, { 6, 1, 2, 3, 0, 4, 5, 9, 7, 8 }, { 3, 6, 7, 4, 2, 0, 9, 5, 8, 1 },
        { 5, 8, 6, 9, 7, 2, 0, 1, 3, 4 }, { 8, 9, 4, 5, 3, 6, 2, 0, 1, 7 }, { 9, 4, 3, 8, 6, 1, 7, 2, 0, 5 },
        { 2, 5, 8, 1, 4, 3, 6, 7, 9, 0 },
    };

    private PassbookNumber(string digits) => Digits = digits;

    /// <summary>The 11 digits without separators.</summary>
    public string Digits { get; }

    public static PassbookNumber New()
    {
        var body = RandomNumberGenerator.GetString("0123456789", 10);
        return new PassbookNumber(body + CheckDigit(body));
    }

    /// <summary>Accepts the digits with or without hyphens and spaces, and full-width digits.</summary>
    /// <summary>Eleven digits with the hyphens and spaces people type between them, and room to spare.</summary>
    public const int MaxTypedLength = 32;

    public static bool TryParse(string? text, [NotNullWhen(true)] out PassbookNumber? number)
    {
        number = null;
        if (text is null)
        {
            return false;
        }
        var digits = string.Concat(text.Normalize(NormalizationForm.FormKC).Where(c => c is not ('-' or ' ')));
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit) || CheckDigit(digits) != '0')
        {
            return false;
        }
        number = new PassbookNumber(digits);
        return true;
    }

    /// <summary>A number already known to be valid (stored, or checked by a validator).</summary>
    public static PassbookNumber Parse(string text) =>
        TryParse(text, out var number) ? number.Value : throw new FormatException("Not a valid passbook number.");

    /// <summary>Damm check: the digit that brings the interim to 0 (over a full number, '0' means valid).</summary>
    internal static char CheckDigit(string digits)
    {
        var interim = 0;
        foreach (var c in digits)
        {
            interim = Table[interim, c - '0'];
        }
        return (char)('0' + interim);
    }

    public override string ToString() => $"{Digits[..4]}-{Digits[4..8]}-{Digits[8..]}";
}
