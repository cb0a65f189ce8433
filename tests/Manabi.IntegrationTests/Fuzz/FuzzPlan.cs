using System.Text.Json.Nodes;
using System.Text.Json;

namespace Manabi.IntegrationTests.Fuzz;

/// <summary>Every generated request for every operation of the OpenAPI document, in a seeded order.</summary>
internal sealed class FuzzPlan(JsonObject document, FuzzData data, Random random)
{
    private readonly SchemaSamples _samples = new(document, random, new Dictionary<string, string>
    {
        ["passbookNumber"] = data.PassbookNumber,
        ["sessionId"] = data.SessionId,
        ["venueId"] = data.VenueId,
        ["topicId"] = data.TopicId,
        ["providerId"] = data.ProviderId,
        ["field"] = "local-culture.history",
        ["fieldCode"] = "local-culture.history",
        ["area"] = "中央",
    });

    public IEnumerable<FuzzCase> Cases()
    {
        var operations =
            from path in document["paths"]!.AsObject()
            from operation in path.Value!.AsObject()
            select (Method: operation.Key.ToUpperInvariant(), Path: path.Key, Operation: operation.Value!.AsObject());
        // Operations that take the seeded records away (suspend the partner, delete the learner) come
        // last, so every other operation is tried against records that still exist.
        return operations.OrderBy(o => TakesAway(o.Method, o.Path)).SelectMany(o => CasesOf(o.Method, o.Path, o.Operation));
    }

    private static bool TakesAway(string method, string path) =>
        method == "DELETE" || path.EndsWith("/suspend", StringComparison.Ordinal) || path.EndsWith("/reissue", StringComparison.Ordinal);

    private IEnumerable<FuzzCase> CasesOf(string method, string template, JsonObject operation)
    {
        var parameters = operation["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
        var pathParameters = parameters.Where(p => p["in"]!.GetValue<string>() == "path").Select(p => p["name"]!.GetValue<string>()).ToList();
        var queryParameters = parameters.Where(p => p["in"]!.GetValue<string>() == "query").ToList();
        var caller = CallerOf(template, operation);
        var body = operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema ? _samples.Sample(schema, "body") : null;
        var baseBody = body?.ToJsonString();
        var path = Fill(template, pathParameters, null, null);
        FuzzCase Case(string variant, string? requestBody = null, IReadOnlyList<(string, string)>? query = null, FuzzCaller? who = null,
            string? accept = null, string? requestPath = null, bool pastLimit = false) =>
            new(method, requestPath ?? path, query ?? [], requestBody ?? baseBody, who ?? caller, accept, variant, pastLimit);

        yield return Case("as documented");
        if (body is not null)
        {
            yield return Case("no body", requestBody: "");
            yield return Case("body not JSON", requestBody: "{\"unclosed\": ");
            yield return Case("unknown property", requestBody: Add(body, "fuzzUnknown", "1"));
            foreach (var property in Mutations.Paths(body))
            {
                var name = string.Join('.', property);
                yield return Case($"{name} missing", requestBody: Mutations.Replace(body, property, null));
                foreach (var (mutation, json) in Mutations.Values)
                {
                    yield return Case($"{name} {mutation}", requestBody: Mutations.Replace(body, property, json));
                }
            }
        }
        if (body is JsonObject bodyObject && operation["requestBody"]!["content"]!["application/json"]!["schema"] is { } bodySchema)
        {
            foreach (var (name, property) in _samples.Resolve(bodySchema)["properties"]?.AsObject() ?? [])
            {
                if (PastLimit(_samples.Resolve(property!), bodyObject[name]) is (string limit, string json))
                {
                    yield return Case($"{name} past its {limit}", requestBody: Mutations.Replace(body, [name], json), pastLimit: true);
                }
            }
        }
        foreach (var parameter in queryParameters)
        {
            if (PastLimit(parameter["schema"]!.AsObject(), null) is (string limit, string json))
            {
                var value = Uri.EscapeDataString(JsonNode.Parse(json)!.GetValue<JsonElement>().ToString());
                yield return Case($"?{parameter["name"]} past its {limit}", query: [(parameter["name"]!.GetValue<string>(), value)], pastLimit: true);
            }
        }
        foreach (var parameter in queryParameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            foreach (var (mutation, value) in Mutations.QueryValues)
            {
                yield return Case($"?{name} {mutation}", query: [(name, value)]);
            }
        }
        foreach (var parameter in pathParameters)
        {
            foreach (var value in Mutations.PathValues)
            {
                yield return Case($"{{{parameter}}} = {value[..Math.Min(value.Length, 20)]}", requestPath: Fill(template, pathParameters, parameter, value));
            }
        }
        foreach (var accept in Mutations.AcceptHeaders)
        {
            yield return Case($"Accept: {accept}", accept: accept);
            // A request that fails must fail as a problem, whatever the client said it accepts.
            if (pathParameters.Count > 0)
            {
                yield return Case($"Accept: {accept}, not found", accept: accept,
                    requestPath: Fill(template, pathParameters, pathParameters[^1], NewId(random).ToString()));
            }
        }
        foreach (var other in Enum.GetValues<FuzzCaller>().Where(c => c != caller))
        {
            yield return Case($"as {other}", who: other);
        }
    }

    /// <summary>
    /// A value just past what the schema declares (one character, one unit or one item more), as
    /// JSON; none where nothing is declared or the next value is not representable.
    /// </summary>
    private static (string Limit, string Json)? PastLimit(JsonObject schema, JsonNode? sample)
    {
        if (schema["maxLength"] is { } maxLength && schema["enum"] is null && schema["format"] is null)
        {
            return ($"maxLength {maxLength}", JsonValue.Create(new string('あ', maxLength.GetValue<int>() + 1)).ToJsonString());
        }
        if (schema["maximum"] is { } maximum && decimal.TryParse(maximum.ToString(), out var max) && max < long.MaxValue)
        {
            return ($"maximum {max}", (max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (schema["maxItems"] is { } maxItems && sample is JsonArray { Count: > 0 } items)
        {
            var past = new JsonArray();
            for (var i = 0; i <= maxItems.GetValue<int>(); i++)
            {
                past.Add(items[0]!.DeepClone());
            }
            return ($"maxItems {maxItems}", past.ToJsonString());
        }
        return null;
    }

    private string Fill(string template, List<string> names, string? replaced, string? value)
    {
        var segments = template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            foreach (var name in names)
            {
                var placeholder = "{" + name + "}";
                if (!segment.Contains(placeholder, StringComparison.Ordinal))
                {
                    continue;
                }
                var filled = name == replaced ? value! : ValueOf(name, i > 0 ? segments[i - 1] : "");
                segment = segment.Replace(placeholder, filled, StringComparison.Ordinal);
            }
            segments[i] = segment;
        }
        return string.Join('/', segments);
    }

    private string ValueOf(string parameter, string previousSegment) => parameter switch
    {
        "providerId" => data.ProviderId,
        "externalId" => data.ExternalId,
        "sessionExternalId" => data.SessionExternalId,
        "sessionId" => data.SessionId,
        "module" => "Catalog",
        "id" when previousSegment == "providers" => data.ProviderId,
        "id" when previousSegment == "learners" => data.LearnerId,
        "id" when previousSegment == "topics" => data.TopicId,
        _ => NewId(random).ToString(),
    };

    private static FuzzCaller CallerOf(string path, JsonObject operation)
    {
        var schemes = operation["security"]?.AsArray().SelectMany(s => s!.AsObject().Select(p => p.Key)).ToList();
        if (schemes is null || schemes.Count == 0)
        {
            return FuzzCaller.Anonymous;
        }
        if (path.Contains("/me", StringComparison.Ordinal) || path.EndsWith("/check-ins", StringComparison.Ordinal))
        {
            return FuzzCaller.Learner;
        }
        return schemes.Contains("apiKey") && path.Contains("{providerId}", StringComparison.Ordinal) ? FuzzCaller.Partner : FuzzCaller.Staff;
    }

    /// <summary>A random id from the seeded generator, so a failing run can be replayed.</summary>
    public static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Add(JsonNode body, string name, string json)
    {
        if (body is not JsonObject obj)
        {
            return body.ToJsonString();
        }
        var copy = obj.DeepClone().AsObject();
        copy[name] = JsonNode.Parse(json);
        return copy.ToJsonString();
    }
}
