using System.Text;

namespace Manabi.BuildingBlocks.Csv;

/// <summary>
/// The text of a CSV file as Japanese offices save it: UTF-8 with or without a byte-order mark, or
/// Shift_JIS (Windows code page 932, what Japanese Excel writes by default). Bytes that are not
/// valid UTF-8 are read as CP932.
/// </summary>
public static class SpreadsheetText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Cp932 = CreateCp932();

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return StrictUtf8.GetString(bytes[3..]);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Cp932.GetString(bytes);
        }
    }

    private static Encoding CreateCp932()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }
}
