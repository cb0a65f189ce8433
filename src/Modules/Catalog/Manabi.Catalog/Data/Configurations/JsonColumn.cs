using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Catalog.Data.Configurations;

internal static class JsonColumn
{
    /// <summary>A list of small records kept in one jsonb column (compared by content, so changes are detected).</summary>
    public static void StoreAsJson<T>(PropertyBuilder<List<T>> property) => property.HasColumnType("jsonb").HasConversion(
        list => JsonSerializer.Serialize(list, JsonSerializerOptions.Web),
        json => JsonSerializer.Deserialize<List<T>>(json, JsonSerializerOptions.Web) ?? new List<T>(),
        ListComparer<T>());

    public static ValueComparer<List<T>> ListComparer<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        l => l.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        l => l.ToList());
}
