namespace Manabi.BuildingBlocks.Security;

public static class Secrets
{
    /// <summary>True for a base64 value decoding to at least <paramref name="minBytes"/> bytes (configuration checks).</summary>
    public static bool IsBase64Key(string? value, int minBytes)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written >= minBytes;
    }
}
