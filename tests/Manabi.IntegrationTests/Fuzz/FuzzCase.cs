using System.Text;
using System.Text.Json.Nodes;

namespace Manabi.IntegrationTests.Fuzz;

/// <summary>Who sends a generated request.</summary>
internal enum FuzzCaller { Staff, Partner, Learner, Anonymous }

/// <summary>One generated request, and a line that says how to send it again.</summary>
internal sealed record FuzzCase(
    string Method, string Path, IReadOnlyList<(string Name, string Value)> Query, string? Body,
    FuzzCaller Caller, string? Accept, string Variant, bool PastDeclaredLimit = false)
{
    public string Url
    {
        get
        {
            if (Query.Count == 0)
            {
                return Path;
            }
            var query = new StringBuilder();
            foreach (var (name, value) in Query)
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(value);
            }
            return Path + query;
        }
    }

    public override string ToString() => $"{Method} {Url} as {Caller} [{Variant}]" + (Body is null ? "" : $" body {Shorten(Body)}");

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}

/// <summary>The values a careless client or an attacker sends in place of a valid one.</summary>
internal static class Mutations
{
    // JSON text, spliced in raw: a lone surrogate cannot be built as a .NET string that serializes.
    public static readonly (string Name, string Json)[] Values =
    [
        ("null", "null"),
        ("empty string", "\"\""),
        ("number", "12345"),
        ("string", "\"x\""),
        ("object", "{}"),
        ("array", "[]"),
        ("array of null", "[null]"),
        ("true", "true"),
        ("negative", "-1"),
        ("huge integer", "99999999999999999999"),
        ("fraction", "0.5"),
        ("too long", "\"" + new string('長', 10_001) + "\""),
        ("far-future date", "\"9999-12-31T23:59:59+09:00\""),
        ("ancient date", "\"0001-01-01T00:00:00Z\""),
        ("date without offset", "\"2026-12-24T10:00:00\""),
        ("invalid uuid", "\"not-a-uuid\""),
        ("lone surrogate", "\"a\\ud800b\""),
        ("NUL", "\"a\\u0000b\""),
        ("control characters", "\"\\u0001\\u001b[31m\\u007f\""),
        ("unknown enum", "\"Zzyzx\""),
        ("formula", "\"=HYPERLINK(\\\"https://evil.example\\\")\""),
        ("line breaks", "\"a\\r\\nEND:VEVENT\\rb\""),
    ];

    public static readonly (string Name, string Encoded)[] QueryValues =
    [
        ("letters", "abc"),
        ("NUL", "%00"),
        ("control", "%01%1B"),
        ("negative", "-1"),
        ("huge", "99999999999999999999"),
        ("empty", ""),
        ("invalid UTF-8", "%FF%FE"),
        ("encoded surrogate", "%ED%A0%80"),
        ("unknown enum", "Zzyzx"),
        ("too long", new string('a', 5000)),
        ("far-future date", "9999-12-31T23:59:59%2B09:00"),
        ("invalid date", "2026-13-45"),
        ("formula", "%3D1%2B2"),
    ];

    public static readonly string[] PathValues = ["abc", "%00", "00000000-0000-0000-0000-000000000000", new string('9', 300), "%E3%81%82", ".."];

    public static readonly string?[] AcceptHeaders =
        ["application/xml", "text/csv", "text/html", "*/*", "application/problem+json", "text/calendar", "garbage///", "application/ld+json"];

    /// <summary>Every property path of a sample body, nested ones and array elements included.</summary>
    public static IEnumerable<string[]> Paths(JsonNode? node, string[]? prefix = null)
    {
        prefix ??= [];
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    string[] path = [.. prefix, name];
                    yield return path;
                    foreach (var inner in Paths(value, path))
                    {
                        yield return inner;
                    }
                }
                break;
            case JsonArray { Count: > 0 } array:
                string[] first = [.. prefix, "0"];
                yield return first;
                foreach (var inner in Paths(array[0], first))
                {
                    yield return inner;
                }
                break;
        }
    }

    /// <summary>The body with the value at <paramref name="path"/> removed (json null) or replaced by raw JSON.</summary>
    public static string Replace(JsonNode body, string[] path, string? rawJson)
    {
        const string Marker = "\"__fuzz_marker__\"";
        var copy = body.DeepClone();
        JsonNode parent = copy;
        foreach (var step in path[..^1])
        {
            parent = parent is JsonArray array ? array[int.Parse(step)]! : parent[step]!;
        }
        var last = path[^1];
        if (parent is JsonArray list)
        {
            list[int.Parse(last)] = JsonValue.Create("__fuzz_marker__");
        }
        else if (rawJson is null)
        {
            parent.AsObject().Remove(last);
            return copy.ToJsonString();
        }
        else
        {
            parent[last] = JsonValue.Create("__fuzz_marker__");
        }
        return copy.ToJsonString().Replace(Marker, rawJson ?? "null", StringComparison.Ordinal);
    }
}
