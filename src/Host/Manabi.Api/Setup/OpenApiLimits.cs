using System.Globalization;
using Microsoft.OpenApi;

namespace Manabi.Api.Setup;

/// <summary>Writes a member's enforced limits into its schema; formats the JSON reader parses to a fixed size bound themselves.</summary>
internal static class OpenApiLimits
{
    /// <summary>Longest text System.Text.Json parses as each format (a Guid in its 36-character form, ISO 8601 with up to 16 fraction digits, a time of day with up to 7).</summary>
    private static readonly Dictionary<string, int> FormatLengths = new(StringComparer.Ordinal)
    {
        ["uuid"] = 36,
        ["date"] = 10,
        ["date-time"] = 42,
        ["time"] = 16,
    };

    public static void Apply(OpenApiSchema schema, MemberLimits? limits)
    {
        if (Has(schema, JsonSchemaType.String))
        {
            schema.MaxLength ??= limits?.MaxLength
                ?? (schema.Format is { } format && FormatLengths.TryGetValue(format, out var length) ? length : null);
            if (limits?.MinLength is { } min)
            {
                schema.MinLength ??= min;
            }
        }
        else if (Has(schema, JsonSchemaType.Integer) || Has(schema, JsonSchemaType.Number))
        {
            schema.Minimum ??= Format(limits?.Minimum);
            schema.Maximum ??= Format(limits?.Maximum);
        }
        else if (Has(schema, JsonSchemaType.Array))
        {
            schema.MaxItems ??= limits?.MaxItems;
            if (schema.Items is OpenApiSchema items)
            {
                Apply(items, limits?.Items);
            }
        }
    }

    private static bool Has(OpenApiSchema schema, JsonSchemaType type) => schema.Type is { } t && (t & type) == type;

    private static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
