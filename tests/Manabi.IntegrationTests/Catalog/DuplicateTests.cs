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

    private static string Title(JsonNode opportunity) => opportunity["title"]!.GetValue<string>();
}
