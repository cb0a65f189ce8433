using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Manabi.IntegrationTests.Infrastructure;

internal static class Http
{
    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonArray> JsonArrayAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

    public static object ProviderBody(string name = "ちとせ郷土史研究会", string kind = "CitizenGroup") => new
    {
        kind,
        name,
        nameKana = "ちとせきょうどしけんきゅうかい",
        nameEn = "Chitose Local History Society",
        contactEmail = "info@example.jp",
    };

    public static async Task<(JsonObject Provider, string ETag)> RegisterProviderAsync(this HttpClient staff, string name = "ちとせ郷土史研究会")
    {
        var response = await staff.PostAsJsonAsync("/api/v1/catalog/providers", ProviderBody(name));
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync(), response.Headers.ETag!.Tag);
    }

    public static async Task<string> IssueApiKeyAsync(this HttpClient staff, string providerId)
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/api-keys", new { name = "test" });
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync())["apiKey"]!.GetValue<string>();
    }

    /// <summary>The secret part of <c>mnb_{keyId}_{secret}</c> (the secret itself may contain '_').</summary>
    public static string SecretOf(string apiKey) => apiKey[(apiKey.IndexOf('_', "mnb_".Length) + 1)..];

    public static void AssertProblem(JsonObject problem, int status)
    {
        Assert.Equal(status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(problem["traceId"]?.GetValue<string>()));
        var text = problem.ToJsonString();
        Assert.DoesNotContain("   at ", text); // no stack trace
        Assert.DoesNotContain("Exception", text);
    }
}
