using System.Text.Json.Nodes;
using Manabi.Api.Setup;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

public sealed class DemoDataTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Demo_data_is_believable_public_marked_and_seeded_only_once()
    {
        await DatabaseSetup.SeedDemoDataAsync(Api.Services, CancellationToken.None);
        await DatabaseSetup.SeedDemoDataAsync(Api.Services, CancellationToken.None);

        Assert.Equal(7L, await Fixture.ScalarAsync<long>("SELECT count(DISTINCT kind) FROM catalog.providers WHERE is_demo AND status = 'Approved'"));
        Assert.Equal(200L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.learning_opportunities WHERE is_demo"));
        Assert.Equal(30L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.lecture_topics WHERE is_demo"));
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.learning_opportunities WHERE NOT is_demo"));

        var feed = await (await Api.CreateClient().GetAsync("/api/v1/catalog/feeds/opportunities?limit=500")).JsonAsync();
        Assert.Equal(200, feed["items"]!.AsArray().Count);
        // Something for every audience: a family or a teenager searching the demo catalog finds results.
        foreach (var audience in new[] { "Children", "Youth", "Adults", "Seniors", "Families" })
        {
            var found = await (await Api.CreateClient().GetAsync($"/api/v1/catalog/opportunities?audience={audience}&from=2000-01-01T00:00:00%2B09:00")).JsonAsync();
            Assert.True(found["items"]!.AsArray().Count > 0, audience);
        }
        var menu = await (await Api.CreateClient().GetAsync("/api/v1/catalog/delivery-lectures/topics")).JsonArrayAsync();
        Assert.Equal(30, menu.Count);
        var years = await EventuallyAsync(() => YearsAsync("RegisteredProviders"), y => y.Count == 1 && y[0]!["value"]!.GetValue<decimal>() == 7);
        Assert.Equal(7, years[0]!["value"]!.GetValue<decimal>());
        Assert.Matches(@"^\d{4}年度（令和(元|\d+)年度）$", years[0]!["fiscalYearName"]!.GetValue<string>());

        // Passbook's demo learners stamp past sessions of the demo programmes, some past a level.
        Assert.Equal(200L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.learners WHERE consent_version = 'demo'"));
        Assert.True(await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps") > 200);
        Assert.True(await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.commendations WHERE status = 'Pending'") > 10);
        // Registered like anyone else, so the plan indicator (22-1) counts them.
        var stampRally = await EventuallyAsync(() => YearsAsync("StampRallyLearners"), y => y.Count == 1 && y[0]!["value"]!.GetValue<decimal>() == 200);
        Assert.Equal(200, stampRally[0]!["cumulative"]!.GetValue<decimal>());
    }

    private async Task<JsonArray> YearsAsync(string computation) =>
        (await (await Api.CreateClient().GetAsync($"/api/v1/indicators/computations/{computation}")).JsonAsync())["years"]!.AsArray();
}
