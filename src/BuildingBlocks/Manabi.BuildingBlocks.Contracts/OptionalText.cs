namespace Manabi.BuildingBlocks.Contracts;

public static class OptionalText
{
    /// <summary>An optional text as stored: trimmed, and null when nothing but white space was sent.</summary>
    public static string? NullIfBlank(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
