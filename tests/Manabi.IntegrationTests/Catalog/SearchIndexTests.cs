using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Features.Search;
using Manabi.Catalog.Features.Search.SearchIndex;
using Manabi.Catalog.Features.Search.SearchOpportunities;
using Manabi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.IntegrationTests.Catalog;

/// <summary>
/// Public search answers from each replica's in-memory index; exports and digests ask PostgreSQL.
/// These tests hold the index to the database's answers and to every change committed before a search.
/// </summary>
public sealed class SearchIndexTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] Topics = ["千歳の歴史", "支笏湖の自然", "健康体操", "親子料理", "英会話", "防災", "ｽﾏﾎ活用", "ＩＴ入門", "合唱", "星空"];
    private static readonly string[] Fields = ["local-culture.history", "nature-environment.nature", "sports-health.health", "arts.cooking",
        "languages.english", "disaster-prevention.disaster", "it.digital-skills", "it.programming", "arts.music", "local-culture.chitose-gaku"];
    private static readonly string[] Kinds = ["Course", "Lecture", "Event"];

    [Fact]
    public async Task Every_page_of_every_search_is_what_the_database_plan_answers()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var central = await CatalogData.VenueAsync(partner, "中央公民館", "中央");
        var north = await CatalogData.VenueAsync(partner, "北公民館", "北部");
        var random = new Random(11);
        await PushBatchAsync(partner, providerId, Enumerable.Range(0, 120).Select(n => ($"o{n}", RandomOpportunity(random, n, [central, north, null]))));
        var queries = Queries(random, central).ToList();
        await AssertIndexAgreesWithSqlAsync(queries);

        // Changes after the index was built sit beside it until a rebuild: search must see them the same way.
        await PushBatchAsync(partner, providerId, Enumerable.Range(0, 30).Select(n => ($"o{n * 4}", RandomOpportunity(random, n + 1000, [central, north, null]))));
        await partner.DeleteAsync($"/api/v1/catalog/providers/{providerId}/opportunities/o1");
        await partner.PushAsync(providerId, "o2", CatalogData.Opportunity(title: "下書きに戻した講座", status: "Draft"));
        await AssertIndexAgreesWithSqlAsync(queries);
    }

    [Fact]
    public async Task A_renamed_provider_shows_its_new_name_in_search_and_in_the_feed()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api, "旧名の会");
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity());
        var staff = Api.ClientAs("staff");
        var feedBefore = await (await staff.GetAsync("/api/v1/catalog/feeds/opportunities")).JsonAsync();
        var etag = (await staff.GetAsync($"/api/v1/catalog/providers/{providerId}")).Headers.ETag!.Tag;
        var rename = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/catalog/providers/{providerId}") { Content = JsonContent.Create(Http.ProviderBody("新名の会")) };
        rename.Headers.TryAddWithoutValidation("If-Match", etag);
        (await staff.SendAsync(rename)).EnsureSuccessStatusCode();

        var found = await (await Api.CreateClient().GetAsync("/api/v1/catalog/opportunities")).JsonAsync();
        Assert.Equal("新名の会", found["items"]![0]!["providerName"]!.GetValue<string>());
        // A feed reader that had reached the end hears of the change on its next poll.
        var feedAfter = await (await staff.GetAsync(feedBefore["next"]!.GetValue<string>())).JsonAsync();
        Assert.Equal("新名の会", feedAfter["items"]![0]!["data"]!["organizer"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Changes_made_while_the_index_rebuilds_are_in_the_next_search()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await Api.CreateClient().GetAsync("/api/v1/catalog/opportunities"); // the index now holds the empty catalog
        var count = OpportunitySearchIndex.RebuildAbove + 100;
        await PushBatchAsync(partner, providerId, Enumerable.Range(0, count).Select(n => ($"r{n}", CatalogData.Opportunity(title: $"再構築{n}", sessions: 1))));
        Assert.Equal(count, await CountAsync("q=%E5%86%8D%E6%A7%8B%E7%AF%89")); // 再構築; this search sets a rebuild going

        await partner.DeleteAsync($"/api/v1/catalog/providers/{providerId}/opportunities/r0");
        await partner.PushAsync(providerId, "r1", CatalogData.Opportunity(title: "改題した講座", sessions: 1));
        Assert.Equal(count - 2, await CountAsync("q=%E5%86%8D%E6%A7%8B%E7%AF%89"));
        await Api.Services.GetRequiredService<OpportunitySearchIndex>().Rebuilding;

        Assert.Equal(count - 2, await CountAsync("q=%E5%86%8D%E6%A7%8B%E7%AF%89"));
        Assert.Equal(1, await CountAsync("q=%E6%94%B9%E9%A1%8C")); // 改題
    }

    private async Task<int> CountAsync(string query)
    {
        var total = 0;
        string? cursor = null;
        do
        {
            var page = await (await Api.CreateClient().GetAsync($"/api/v1/catalog/opportunities?{query}&limit=100{(cursor is null ? "" : $"&cursor={cursor}")}")).JsonAsync();
            total += page["items"]!.AsArray().Count;
            cursor = page["next"]?.GetValue<string>();
        }
        while (cursor is not null);
        return total;
    }

    private async Task AssertIndexAgreesWithSqlAsync(IEnumerable<SearchOpportunitiesQuery> queries)
    {
        foreach (var query in queries)
        {
            var fromApi = await PageThroughApiAsync(query);
            await using var scope = Api.Services.CreateAsyncScope();
            var finder = scope.ServiceProvider.GetRequiredService<OpportunityFinder>();
            var fromSql = (await finder.FindAsync(query, DateTimeOffset.UtcNow, 1000, CancellationToken.None)).ConvertAll(f => f.Id!.Value);
            Assert.True(fromSql.SequenceEqual(fromApi), $"{Describe(query)}: SQL [{string.Join(", ", fromSql)}] API [{string.Join(", ", fromApi)}]");
        }
    }

    private async Task<List<Guid>> PageThroughApiAsync(SearchOpportunitiesQuery query)
    {
        var ids = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await (await Api.CreateClient().GetAsync($"/api/v1/catalog/opportunities?{Describe(query)}&limit=7{(cursor is null ? "" : $"&cursor={cursor}")}")).JsonAsync();
            ids.AddRange(page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()));
            cursor = page["next"]?.GetValue<string>();
        }
        while (cursor is not null);
        return ids;
    }

    private static string Describe(SearchOpportunitiesQuery q)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null) parts.Add($"{name}={Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!)}");
        }
        Add("q", q.Q);
        Add("field", q.Field);
        Add("audience", q.Audience);
        Add("kind", q.Kind);
        Add("from", q.From?.ToString("O"));
        Add("to", q.To?.ToString("O"));
        Add("free", q.Free?.ToString().ToLowerInvariant());
        Add("stampRally", q.StampRally?.ToString().ToLowerInvariant());
        Add("venueId", q.VenueId);
        Add("area", q.Area);
        Add("hasSeats", q.HasSeats?.ToString().ToLowerInvariant());
        Add("sort", q.Sort);
        return string.Join('&', parts);
    }

    private static IEnumerable<SearchOpportunitiesQuery> Queries(Random random, Guid venue)
    {
        string?[] terms = [null, "歴史", "史", "千歳 自然", "チトセ", "スマホ", "it", "講座", "入門 体操", "該当なし"];
        var inMonth = DateTimeOffset.UtcNow.AddDays(30).ToOffset(TimeSpan.FromHours(9));
        Func<SearchOpportunitiesQuery, SearchOpportunitiesQuery>[] filters =
        [
            q => q,
            q => q with { Field = "local-culture" },
            q => q with { Field = "it.programming" },
            q => q with { Free = true },
            q => q with { Free = false, StampRally = false },
            q => q with { Kind = OpportunityKind.Lecture },
            q => q with { Audience = Audience.Seniors },
            q => q with { Area = "中央" },
            q => q with { VenueId = venue, HasSeats = true },
            q => q with { HasSeats = true },
            q => q with { From = inMonth, To = inMonth.AddDays(60) },
        ];
        foreach (var term in terms)
        {
            foreach (var filter in filters.OrderBy(_ => random.Next()).Take(4))
            {
                foreach (var sort in new[] { "date", "relevance" })
                {
                    yield return filter(new SearchOpportunitiesQuery { Q = term, Sort = sort });
                }
            }
        }
    }

    private static JsonObject RandomOpportunity(Random random, int n, Guid?[] venues)
    {
        var topic = random.Next(Topics.Length);
        var opportunity = CatalogData.Opportunity(
            title: $"{Topics[topic]}{(random.Next(3) == 0 ? "講座" : "")} 第{n}回",
            kana: $"かな{n}",
            field: Fields[topic],
            fee: random.Next(2) == 0 ? null : 500,
            stampRally: random.Next(3) != 0,
            kind: Kinds[random.Next(Kinds.Length)],
            venueId: venues[random.Next(venues.Length)],
            // A few days apart at most, so many opportunities share session times and ties are decided by id.
            start: new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero).AddDays(1 + random.Next(-10, 90) / 3 * 3).AddHours(10),
            sessions: random.Next(0, 4),
            seatsRemaining: random.Next(4) switch { 0 => 0, 1 => null, _ => random.Next(1, 30) },
            description: $"{Topics[random.Next(Topics.Length)]}にも触れます。{(random.Next(4) == 0 ? "初心者向けの入門です。" : "")}");
        opportunity["audiences"] = random.Next(2) == 0 ? new JsonArray("Adults") : new JsonArray("Adults", "Seniors");
        return opportunity;
    }

    private static async Task PushBatchAsync(HttpClient partner, string providerId, IEnumerable<(string ExternalId, JsonObject Opportunity)> items)
    {
        var response = await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities:batch",
            new { items = items.Select(i => new { externalId = i.ExternalId, opportunity = i.Opportunity }) });
        response.EnsureSuccessStatusCode();
        Assert.Equal(0, (await response.JsonAsync())["rejected"]!.GetValue<int>());
    }
}
