using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

/// <summary>A value read and replaced whole, never queried inside (a plan's outline, a survey's questions): one jsonb document.</summary>
internal static class JsonColumn
{
    // Enums by name, so reordering one in code never changes what a stored document means.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class => property.HasColumnType("jsonb").HasConversion(
        value => JsonSerializer.Serialize(value, Json),
        json => JsonSerializer.Deserialize<T>(json, Json)!,
        new ValueComparer<T>(
            (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
            value => JsonSerializer.Serialize(value, Json).GetHashCode(StringComparison.Ordinal),
            value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Json), Json)!));
}
