using System.Net;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Standards;

/// <summary>The opportunity feed as an OpenActive consumer checks it: with OpenActive's own validators.</summary>
public sealed class OpenActiveFeedTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>
    /// The one failure accepted, and why: OpenActive's activity list names physical activities
    /// (sports, dance, fitness). Chitose's fields of learning (local history, Ainu culture,
    /// languages…) have no entry there, so the feed's activities come from the catalog's own SKOS
    /// scheme at <c>/activity-list</c>, which the validator resolves, and the validator asks us to
    /// use its list instead.
    /// </summary>
    private const string Accepted = "use_official_activity_list";

    [Fact]
    public async Task The_feed_passes_the_OpenActive_RPDE_and_data_model_validators()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var venue = await CatalogData.VenueAsync(partner);
        await partner.PushAsync(providerId, "course", CatalogData.Opportunity(venueId: venue, sessions: 3, fee: 500));
        await partner.PushAsync(providerId, "event", CatalogData.Opportunity(title: "星空観察会", kind: "Event", field: "nature-environment", venueId: venue));
        var online = CatalogData.Opportunity(title: "オンライン英会話", kind: "Event", field: "languages", sessions: 1);
        online["sessions"]![0]!["onlineUrl"] = "https://meet.example.jp/eikaiwa";
        await partner.PushAsync(providerId, "online", online);
        await partner.PushAsync(providerId, "gone", CatalogData.Opportunity(title: "中止になった講座"));
        Assert.Equal(HttpStatusCode.NoContent, (await partner.DeleteAsync($"/api/v1/catalog/providers/{providerId}/opportunities/gone")).StatusCode);

        var report = await StandardsTools.RunNodeAsync("openactive-feed.js", $"{Api.PublicBaseUrl}/api/v1/catalog/feeds/opportunities");

        Assert.Equal(3, report["updated"]!.GetValue<int>());
        Assert.Equal(1, report["deleted"]!.GetValue<int>()); // the tombstone is walked too
        Assert.Empty(Messages(report, "rpdeFailures"));
        Assert.DoesNotContain(Messages(report, "modelFailures"), m => !m.StartsWith(Accepted, StringComparison.Ordinal));
    }

    private static List<string> Messages(JsonObject report, string list) =>
        report[list]!.AsArray().Select(m => $"{m!["message"]!.GetValue<string>()} ×{m["count"]}").ToList();
}
