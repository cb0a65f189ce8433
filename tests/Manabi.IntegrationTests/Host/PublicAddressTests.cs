using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Manabi.IntegrationTests.Host;

/// <summary>Links and identities come from <c>Http:PublicBaseUrl</c>, never from what a client sends.</summary>
public sealed class PublicAddressTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Evil = "evil.example";

    [Fact]
    public async Task A_forged_Host_header_appears_in_no_link_the_API_hands_out()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "host-1", CatalogData.Opportunity());
        var id = await EventuallyAsync(async () => (await (await Api.CreateClient().GetAsync("/api/v1/catalog/opportunities")).JsonAsync())["items"]!.AsArray(), a => a.Count == 1);
        var hanako = ForgedHost(Api.ClientAs("learner", "hanako"));
        await hanako.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" });

        var anonymous = ForgedHost(Api.CreateClient());
        var feed = await anonymous.GetStringAsync("/api/v1/catalog/feeds/opportunities");
        var csv = await anonymous.GetStringAsync("/api/v1/catalog/exports/events.csv");
        var calendar = await anonymous.GetStringAsync("/api/v1/catalog/calendar.ics");
        var jsonLd = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/catalog/opportunities/{id[0]!["id"]}")
        {
            Headers = { { "Accept", "application/ld+json" } },
        });
        var credential = await (await hanako.PostAsync("/api/v1/passbook/learners/me/credentials/learning-history", null)).JsonAsync();
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(credential["token"]!.GetValue<string>().Split('.')[1]));

        foreach (var (what, text) in new[] { ("feed", feed), ("csv", csv), ("calendar", calendar), ("json-ld", await jsonLd.Content.ReadAsStringAsync()), ("credential", payload) })
        {
            Assert.False(text.Contains(Evil, StringComparison.Ordinal), $"{what} names the forged host");
        }
        Assert.StartsWith(Api.PublicBaseUrl, JsonNode.Parse(feed)!["next"]!.GetValue<string>());
        var vc = JsonNode.Parse(payload)!;
        Assert.StartsWith(Api.PublicBaseUrl, vc["credentialStatus"]?["id"]?.GetValue<string>() ?? vc["issuer"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Forwarded_addresses_count_for_rate_limits_only_from_a_trusted_proxy()
    {
        var limited = new Dictionary<string, string?> { ["RateLimiting:AnonymousPermitLimit"] = "2" };
        await using var untrusting = new ManabiApiFactory(Fixture.Database.ConnectionString, limited);
        await using var behindProxy = new ManabiApiFactory(Fixture.Database.ConnectionString,
            new Dictionary<string, string?>(limited) { ["Http:TrustedProxies:0"] = "127.0.0.1" });

        // A client that invents a new X-Forwarded-For each time still gets one bucket…
        var spoofed = await StatusesAsync(untrusting, i => $"203.0.113.{i}");
        // …while behind a trusted proxy each real client address has its own.
        var proxied = await StatusesAsync(behindProxy, i => $"203.0.113.{i}");

        Assert.Contains(HttpStatusCode.TooManyRequests, spoofed);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, proxied);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(ManabiApiFactory api, Func<int, string> clientAddress)
    {
        var client = api.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalog/fields") { Headers = { { "X-Forwarded-For", clientAddress(i) } } };
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        return statuses;
    }

    private static HttpClient ForgedHost(HttpClient client)
    {
        client.DefaultRequestHeaders.Host = Evil;
        return client;
    }
}
