using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

public sealed class DuplicateTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Look_alike_opportunities_of_two_providers_are_raised_for_review_without_blocking_anyone()
    {
        var (cityId, city) = await CatalogData.ApprovedPartnerAsync(Api, "千歳市 生涯学習課");
        var (groupId, group) = await CatalogData.ApprovedPartnerAsync(Api, "ちとせ郷土史研究会");
        var venue = await CatalogData.VenueAsync(city);
        var start = DateTimeOffset.UtcNow.AddDays(20);
        await city.PushAsync(cityId, "city-1", CatalogData.Opportunity(title: "千歳の歴史を学ぶ講座", venueId: venue, start: start));
        var pushed = await group.PushAsync(groupId, "group-1", CatalogData.Opportunity(title: "千歳の歴史を学ぶ", venueId: venue, start: start.AddDays(1)));
        Assert.Equal(HttpStatusCode.Created, pushed.StatusCode); // never blocked
        await group.PushAsync(groupId, "far-away", CatalogData.Opportunity(title: "千歳の歴史を学ぶ", start: start.AddDays(200)));
        await group.PushAsync(groupId, "other-topic", CatalogData.Opportunity(title: "市民合唱", kana: "しみんがっしょう", field: "arts.music", venueId: venue, start: start));

        var staff = Api.ClientAs("staff");
        var candidates = await EventuallyAsync(async () => await (await staff.GetAsync("/api/v1/catalog/duplicates")).JsonArrayAsync(), c => c.Count > 0);
        var candidate = Assert.Single(candidates)!;
        Assert.Equal(new[] { "千歳の歴史を学ぶ", "千歳の歴史を学ぶ講座" }, new[] { Title(candidate["first"]!), Title(candidate["second"]!) }.Order());
        Assert.Contains("same-venue", candidate["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.True(candidate["titleSimilarity"]!.GetValue<double>() >= 0.5);

        var verdict = await staff.PostAsJsonAsync($"/api/v1/catalog/duplicates/{candidate["id"]}/verdict", new { verdict = "Distinct" });
        Assert.Equal(HttpStatusCode.NoContent, verdict.StatusCode);
        Assert.Empty(await (await staff.GetAsync("/api/v1/catalog/duplicates")).JsonArrayAsync());

        // A later change to either side does not raise the judged pair again.
        await group.PushAsync(groupId, "group-1", CatalogData.Opportunity(title: "千歳の歴史を学ぶ（第2期）", venueId: venue, start: start.AddDays(1)));
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.outbox_messages WHERE processed_at IS NULL"), n => n == 0);
        Assert.Empty(await (await staff.GetAsync("/api/v1/catalog/duplicates")).JsonArrayAsync());
        Assert.Single(await (await staff.GetAsync("/api/v1/catalog/duplicates?verdict=Distinct")).JsonArrayAsync());
    }

    [Fact]
    public async Task A_same_verdict_takes_the_later_copy_out_of_search_detail_and_feed_until_staff_undo_it()
    {
        var (cityId, city) = await CatalogData.ApprovedPartnerAsync(Api, "千歳市 生涯学習課");
        var (groupId, group) = await CatalogData.ApprovedPartnerAsync(Api, "ちとせ郷土史研究会");
        var venue = await CatalogData.VenueAsync(city);
        var start = DateTimeOffset.UtcNow.AddDays(20);
        var earlier = (await (await city.PushAsync(cityId, "city-1", CatalogData.Opportunity(title: "千歳の歴史を学ぶ講座", venueId: venue, start: start))).JsonAsync())["id"]!.GetValue<string>();
        var later = (await (await group.PushAsync(groupId, "group-1", CatalogData.Opportunity(title: "千歳の歴史を学ぶ", venueId: venue, start: start.AddDays(1)))).JsonAsync())["id"]!.GetValue<string>();
        var staff = Api.ClientAs("staff");
        var candidate = Assert.Single(await EventuallyAsync(async () => await (await staff.GetAsync("/api/v1/catalog/duplicates")).JsonArrayAsync(), c => c.Count > 0))!;
        var anonymous = Api.CreateClient();
        var feedEnd = (await (await anonymous.GetAsync("/api/v1/catalog/feeds/opportunities")).JsonAsync())["next"]!.GetValue<string>();

        await staff.PostAsJsonAsync($"/api/v1/catalog/duplicates/{candidate["id"]}/verdict", new { verdict = "Same" });

        Assert.Equal([earlier], await SearchIdsAsync(anonymous));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/catalog/opportunities/{later}")).StatusCode);
        var change = Assert.Single((await (await anonymous.GetAsync(feedEnd)).JsonAsync())["items"]!.AsArray())!;
        Assert.Equal((later, "deleted"), (change["id"]!.GetValue<string>(), change["state"]!.GetValue<string>()));
        // The partner's next push of its copy does not bring it back; staff do.
        await group.PushAsync(groupId, "group-1", CatalogData.Opportunity(title: "千歳の歴史を学ぶ（改）", venueId: venue, start: start.AddDays(1)));
        Assert.Equal([earlier], await SearchIdsAsync(anonymous));

        await staff.PostAsJsonAsync($"/api/v1/catalog/duplicates/{candidate["id"]}/verdict", new { verdict = "Distinct" });

        Assert.Equal(new[] { earlier, later }.Order(), (await SearchIdsAsync(anonymous)).Order());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/catalog/opportunities/{later}")).StatusCode);
    }

    private static async Task<List<string>> SearchIdsAsync(HttpClient client) =>
        [.. (await (await client.GetAsync("/api/v1/catalog/opportunities")).JsonAsync())["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>())];

    private static string Title(JsonNode opportunity) => opportunity["title"]!.GetValue<string>();
}
