using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.TalentRegistry;

/// <summary>Registration forms shaped like what a citizen or the counter sends.</summary>
internal static class TalentData
{
    public static JsonObject Form(string name = "千歳 花子", string kana = "ちとせ はなこ", string[]? roles = null, string[]? fields = null,
        string area = "中央", bool publish = true, int birthYear = 1970) => new()
    {
        ["name"] = name,
        ["nameKana"] = kana,
        ["birthYear"] = birthYear,
        ["contact"] = "hanako@example.jp",
        ["area"] = area,
        ["schoolDistrict"] = "千歳中学校区",
        ["roles"] = new JsonArray([.. (roles ?? ["Instructor"]).Select(r => (JsonNode)r)]),
        ["fields"] = new JsonArray([.. (fields ?? ["local-culture.history"]).Select(f => (JsonNode)f)]),
        ["skills"] = "郷土史の調査と語り",
        ["availability"] = new JsonArray(new JsonObject { ["weekday"] = "Saturday", ["band"] = "Morning" }),
        ["teachesOnline"] = false,
        ["publicProfile"] = "千歳の歴史を30年調べています。",
        ["publishProfile"] = publish,
        ["consentVersion"] = "2026-04",
        ["pledge"] = true,
    };

    /// <summary>A citizen who applied with their login and was accepted, with their client.</summary>
    public static async Task<(string Id, HttpClient Client)> ActiveCitizenAsync(ManabiApiFactory api, string subject, JsonObject form)
    {
        var client = api.ClientAs("learner", subject);
        var applied = await client.PostAsJsonAsync("/api/v1/talent/people/me", form);
        applied.EnsureSuccessStatusCode();
        var id = (await applied.JsonAsync())["id"]!.GetValue<string>();
        (await api.ClientAs("staff").PostAsJsonAsync($"/api/v1/talent/people/{id}/status", new { status = "Active" })).EnsureSuccessStatusCode();
        return (id, client);
    }

    /// <summary>A person staff registered and accepted: active, in the directory if they consented.</summary>
    public static async Task<string> ActivePersonAsync(ManabiApiFactory api, JsonObject? form = null)
    {
        var staff = api.ClientAs("staff");
        var registered = await staff.PostAsJsonAsync("/api/v1/talent/people", form ?? Form());
        registered.EnsureSuccessStatusCode();
        var id = (await registered.JsonAsync())["id"]!.GetValue<string>();
        (await staff.PostAsJsonAsync($"/api/v1/talent/people/{id}/status", new { status = "Active" })).EnsureSuccessStatusCode();
        return id;
    }
}
