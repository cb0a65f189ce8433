using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

public sealed class FeedTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_last_page_is_empty_and_points_to_itself()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity());
        var client = Api.CreateClient();
        var first = await (await client.GetAsync("/api/v1/catalog/feeds/opportunities")).JsonAsync();
        var item = Assert.Single(first["items"]!.AsArray())!;
        Assert.Equal("updated", item["state"]!.GetValue<string>());
        Assert.Equal("CourseInstance", item["kind"]!.GetValue<string>()); // the kind is the data's type, as RPDE asks
        Assert.Equal("CourseInstance", item["data"]!["@type"]!.GetValue<string>());
        var nextUrl = first["next"]!.GetValue<string>();
        Assert.Contains($"afterTimestamp={item["modified"]}", nextUrl);
        Assert.Contains($"afterId={item["id"]}", nextUrl);

        var last = await (await client.GetAsync(nextUrl)).JsonAsync();
        Assert.Empty(last["items"]!.AsArray());
        Assert.Equal(nextUrl, last["next"]!.GetValue<string>());
    }

    [Fact]
    public async Task Paging_while_records_change_never_skips_or_repeats_a_change()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        for (var i = 0; i < 20; i++)
        {
            await partner.PushAsync(providerId, $"c{i:00}", CatalogData.Opportunity(title: $"講座{i}"));
        }
        var client = Api.CreateClient();
        var seen = new List<(Guid Id, long Modified, string State)>();
        var url = "/api/v1/catalog/feeds/opportunities?limit=4";
        var changes = 0;
        while (true)
        {
            var page = await (await client.GetAsync(url)).JsonAsync();
            var items = page["items"]!.AsArray();
            seen.AddRange(items.Select(i => (i!["id"]!.GetValue<Guid>(), i["modified"]!.GetValue<long>(), i["state"]!.GetValue<string>())));
            if (items.Count == 0)
            {
                break;
            }
            url = page["next"]!.GetValue<string>();
            // Between pages: change an item already read, one not yet read, add one and withdraw one.
            if (changes++ < 3)
            {
                await partner.PushAsync(providerId, $"c{changes:00}", CatalogData.Opportunity(title: $"講座{changes}（改）"));
                await partner.PushAsync(providerId, $"c{19 - changes:00}", CatalogData.Opportunity(title: $"講座{19 - changes}（改）"));
                await partner.PushAsync(providerId, $"new{changes}", CatalogData.Opportunity(title: $"新講座{changes}"));
                await partner.DeleteAsync($"/api/v1/catalog/providers/{providerId}/opportunities/c{10 + changes:00}");
            }
        }

        Assert.Equal(seen.Count, seen.Distinct().Count()); // no change twice
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First.Modified < p.Second.Modified)); // strictly in order
        // Replaying the feed's changes gives exactly the current state.
        var latest = seen.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Modified).State);
        var live = await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.learning_opportunities WHERE status = 'Published'");
        Assert.Equal(live, latest.Count(l => l.Value == "updated"));
        Assert.Equal(3, latest.Count(l => l.Value == "deleted"));
        Assert.Equal(23, latest.Count);
    }

    [Fact]
    public async Task Concurrent_writers_never_let_a_reader_step_past_an_uncommitted_change()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var client = Api.CreateClient();
        var writers = Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await partner.PushAsync(providerId, $"w{w}-{i}", CatalogData.Opportunity(title: $"講座{w}-{i}"));
            }
        })));

        // A reader that only ever follows "next", polling while the writers run. Were a change
        // numbered before another but committed after it, this reader would step past it for good.
        var seen = new HashSet<Guid>();
        var url = "/api/v1/catalog/feeds/opportunities?limit=3";
        while (true)
        {
            var writersDone = writers.IsCompleted;
            var page = await (await client.GetAsync(url)).JsonAsync();
            var items = page["items"]!.AsArray();
            foreach (var item in items)
            {
                seen.Add(item!["id"]!.GetValue<Guid>());
            }
            url = page["next"]!.GetValue<string>();
            if (items.Count == 0 && writersDone)
            {
                break;
            }
        }
        await writers;
        Assert.Equal(40, seen.Count);
    }
}
