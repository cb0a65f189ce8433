using System.Text;
using System.Text.RegularExpressions;

namespace Manabi.BuildingBlocks.Csv;

/// <summary>
/// The encodings staff's spreadsheets read. Japanese Excel opens a UTF-8 CSV correctly only with a
/// byte-order mark, and older tools (and some closed municipal networks) want Shift_JIS, which
/// here means Windows code page 932 as Excel writes it. A character CP932 lacks becomes 〓 (geta),
/// the mark Japanese print uses for a missing glyph, never a silent question mark.
/// </summary>
public static partial class CsvEncoding
{
    public const string Utf8 = "utf-8";
    public const string ShiftJis = "shift_jis";
    public static readonly string[] Names = [Utf8, ShiftJis];

    private static readonly Encoding Cp932 = CreateCp932();

    public static (byte[] Bytes, string Charset) Encode(string text, string? name) => name switch
    {
        ShiftJis => (Cp932.GetBytes(OutsideCp932(text)), "Shift_JIS"),
        _ => ([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)], "utf-8"),
    };

    /// <summary>
    /// CP932 has nothing outside the Basic Multilingual Plane. Variation selectors (a glyph variant
    /// of a kanji CP932 has) are dropped, so the kanji stays; any other such character is one 〓,
    /// not the two a surrogate pair would give.
    /// </summary>
    private static string OutsideCp932(string text) => SupplementaryOrSelector().Replace(text, m =>
        m.Value.Length == 1 || Rune.GetRuneAt(m.Value, 0).Value is >= 0xE0100 and <= 0xE01EF ? "" : "〓");

    [GeneratedRegex(@"[\uFE00-\uFE0F]|[\uD800-\uDBFF][\uDC00-\uDFFF]")]
    private static partial Regex SupplementaryOrSelector();

    private static Encoding CreateCp932()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, new EncoderReplacementFallback("〓"), DecoderFallback.ReplacementFallback);
    }
}
