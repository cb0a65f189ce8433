using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

/// <summary>Builders for catalog test data, shaped like what partner systems send.</summary>
internal static class CatalogData
{
    public static readonly DateTimeOffset Soon = DateTimeOffset.UtcNow.AddDays(7);

    public static JsonObject Opportunity(string title = "千歳の歴史を学ぶ", string kana = "ちとせのれきしをまなぶ", string field = "local-culture.history",
        int? fee = null, bool stampRally = true, string status = "Published", string kind = "Course", Guid? venueId = null,
        DateTimeOffset? start = null, int sessions = 2, int? seatsRemaining = null, string description = "郷土資料館の学芸員と千歳の歩みをたどります。")
    {
        var first = start ?? Soon;
        var list = new JsonArray();
        for (var i = 0; i < sessions; i++)
        {
            list.Add(new JsonObject
            {
                ["externalId"] = $"s{i + 1}",
                ["startsAt"] = first.AddDays(7 * i).ToOffset(TimeSpan.FromHours(9)).ToString("O"),
                ["endsAt"] = first.AddDays(7 * i).AddHours(2).ToOffset(TimeSpan.FromHours(9)).ToString("O"),
                ["venueId"] = venueId?.ToString(),
                ["capacity"] = 30,
                ["seatsRemaining"] = seatsRemaining,
            });
        }
        return new JsonObject
        {
            ["kind"] = kind,
            ["title"] = title,
            ["titleKana"] = kana,
            ["description"] = description,
            ["fields"] = new JsonArray(field),
            ["audiences"] = new JsonArray("Adults", "Seniors"),
            ["fee"] = fee,
            ["capacity"] = 30,
            ["howToApply"] = "電話で申し込み",
            ["applicationDeadline"] = first.AddDays(-1).ToOffset(TimeSpan.FromHours(9)).ToString("O"),
            ["instructors"] = new JsonArray(new JsonObject { ["name"] = "千歳 太郎", ["kind"] = "Citizen" }),
            ["stampRallyEligible"] = stampRally,
            ["creditsPerSession"] = stampRally ? 1 : null,
            ["status"] = status,
            ["sessions"] = list,
        };
    }

    /// <summary>An approved provider and a partner client holding its API key.</summary>
    public static async Task<(string ProviderId, HttpClient Partner)> ApprovedPartnerAsync(ManabiApiFactory api, string name = "ちとせ郷土史研究会")
    {
        var staff = api.ClientAs("staff");
        var (provider, _) = await staff.RegisterProviderAsync(name);
        var id = provider["id"]!.ToString();
        (await staff.PostAsync($"/api/v1/catalog/providers/{id}/approve", null)).EnsureSuccessStatusCode();
        return (id, api.PartnerClient(await staff.IssueApiKeyAsync(id)));
    }

    public static Task<HttpResponseMessage> PushAsync(this HttpClient client, string providerId, string externalId, JsonObject opportunity, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/catalog/providers/{providerId}/opportunities/{externalId}")
        {
            Content = JsonContent.Create(opportunity),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    /// <summary>The catalog ids of an opportunity's sessions, earliest first (what passbook stamps refer to).</summary>
    public static async Task<List<Guid>> SessionIdsAsync(this HttpClient partner, string providerId, string externalId) =>
        (await (await partner.GetAsync($"/api/v1/catalog/providers/{providerId}/opportunities/{externalId}")).JsonAsync())["sessions"]!.AsArray()
            .Select(s => s!["id"]!.GetValue<Guid>()).ToList();

    public static async Task<Guid> VenueAsync(HttpClient client, string name = "千歳市民文化センター", string area = "中央")
    {
        var response = await client.PostAsJsonAsync("/api/v1/catalog/venues", new { name, nameKana = "ちとせしみんぶんかせんたー", address = "北海道千歳市北栄2丁目2-1", area, latitude = 42.83, longitude = 141.65 });
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync())["id"]!.GetValue<Guid>();
    }
}
