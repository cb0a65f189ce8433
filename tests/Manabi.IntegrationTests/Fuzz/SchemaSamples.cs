using System.Text.Json.Nodes;

namespace Manabi.IntegrationTests.Fuzz;

/// <summary>
/// Builds plausible values from the OpenAPI document's schemas: every property filled, enums with
/// their first value, ids from the data the fuzz test created. The result is close enough to a valid
/// request that each mutation of it reaches the code behind the first failing check.
/// </summary>
internal sealed class SchemaSamples(JsonObject document, Random random, IReadOnlyDictionary<string, string> knownValues)
{
    private readonly JsonObject _schemas = document["components"]!["schemas"]!.AsObject();

    public JsonObject Resolve(JsonNode schema)
    {
        var current = schema.AsObject();
        for (var depth = 0; depth < 10; depth++)
        {
            if (current["$ref"] is JsonValue reference)
            {
                current = _schemas[reference.GetValue<string>().Split('/')[^1]]!.AsObject();
            }
            else if (current["allOf"] is JsonArray { Count: > 0 } allOf)
            {
                current = allOf[0]!.AsObject();
            }
            else
            {
                break;
            }
        }
        return current;
    }

    public JsonNode? Sample(JsonNode schema, string name, int depth = 0)
    {
        var resolved = Resolve(schema);
        if (resolved["enum"] is JsonArray values && values.Count > 0)
        {
            return values[0]!.DeepClone();
        }
        var type = resolved["type"]?.GetValue<string>();
        var format = resolved["format"]?.GetValue<string>();
        return type switch
        {
            "object" or null when resolved["properties"] is JsonObject properties && depth < 6 => SampleObject(properties, depth),
            "array" when depth < 6 => new JsonArray(Sample(resolved["items"] ?? new JsonObject(), Singular(name), depth + 1)),
            "string" => SampleString(name, format),
            "integer" => 1,
            "number" => 1,
            "boolean" => false,
            _ => null,
        };
    }

    private JsonObject SampleObject(JsonObject properties, int depth)
    {
        var sample = new JsonObject();
        foreach (var (property, schema) in properties)
        {
            sample[property] = Sample(schema!, property, depth + 1);
        }
        return sample;
    }

    private JsonNode SampleString(string name, string? format)
    {
        if (knownValues.TryGetValue(name, out var known))
        {
            return known;
        }
        var lower = name.ToLowerInvariant();
        return format switch
        {
            "uuid" => FuzzPlan.NewId(random).ToString(),
            "date-time" when lower.StartsWith("ends", StringComparison.Ordinal) => DateTimeOffset.Now.AddDays(8).AddHours(2).ToString("O"),
            "date-time" => DateTimeOffset.Now.AddDays(8).ToString("O"),
            "date" => DateOnly.FromDateTime(DateTime.Today.AddDays(30)).ToString("yyyy-MM-dd"),
            _ when lower.Contains("kana") => "ふぁず",
            _ when lower.Contains("email") => "fuzz@example.jp",
            _ when lower.Contains("url") => "https://example.jp/fuzz",
            _ when lower.Contains("phone") => "0123-45-6789",
            _ when lower.Contains("externalid") => "fz-" + FuzzPlan.NewId(random).ToString("N")[..8],
            _ => "ファズ",
        };
    }

    private static string Singular(string name) => name.EndsWith('s') ? name[..^1] : name;
}
