using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

public sealed class SearchTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<JsonObject> SearchAsync(string query) =>
        await (await Api.CreateClient().GetAsync($"/api/v1/catalog/opportunities?{query}")).JsonAsync();

    private static List<string> Titles(JsonObject page) => page["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).ToList();

    [Theory]
    [InlineData("q=チトセ")]          // katakana finds hiragana reading
    [InlineData("q=ﾁﾄｾ")]           // half-width katakana
    [InlineData("q=歴史")]            // 2 characters
    [InlineData("q=史")]              // 1 character
    [InlineData("q=%E5%8D%83%E6%AD%B3%20%E6%AD%B4%E5%8F%B2")] // 千歳 歴史: every term must match
    [InlineData("q=ＩＴ")]            // full-width latin finds "it"
    public async Task Keywords_match_across_Japanese_writing_variants(string query)
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "history", CatalogData.Opportunity(description: "IT も使って千歳の歴史をたどる"));
        await partner.PushAsync(providerId, "music", CatalogData.Opportunity(title: "市民合唱", kana: "しみんがっしょう", field: "arts.music", description: "みんなで歌います"));

        Assert.Equal(["千歳の歴史を学ぶ"], Titles(await SearchAsync(query)));
    }

    [Fact]
    public async Task Only_published_opportunities_of_approved_providers_are_public()
    {
        var (approvedId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(approvedId, "public", CatalogData.Opportunity(title: "公開講座"));
        await partner.PushAsync(approvedId, "draft", CatalogData.Opportunity(title: "下書き講座", status: "Draft"));
        var staff = Api.ClientAs("staff");
        var (pending, _) = await staff.RegisterProviderAsync("未承認の団体");
        var pendingId = pending["id"]!.ToString();
        await staff.PushAsync(pendingId, "hidden", CatalogData.Opportunity(title: "未承認団体の講座"));

        Assert.Equal(["公開講座"], Titles(await SearchAsync("")));

        await staff.PostAsync($"/api/v1/catalog/providers/{pendingId}/approve", null);
        Assert.Equal(2, Titles(await SearchAsync("")).Count);
        await staff.PostAsync($"/api/v1/catalog/providers/{approvedId}/suspend", null);
        Assert.Equal(["未承認団体の講座"], Titles(await SearchAsync("")));
    }

    [Fact]
    public async Task Filters_narrow_the_results()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var central = await CatalogData.VenueAsync(partner, "中央公民館", "中央");
        var north = await CatalogData.VenueAsync(partner, "北公民館", "北部");
        await partner.PushAsync(providerId, "a", CatalogData.Opportunity(title: "歴史講座", field: "local-culture.history", venueId: central));
        await partner.PushAsync(providerId, "b", CatalogData.Opportunity(title: "千歳学講座", field: "local-culture.chitose-gaku", fee: 500, venueId: north, seatsRemaining: 0));
        await partner.PushAsync(providerId, "c", CatalogData.Opportunity(title: "合唱祭", kana: "がっしょうさい", field: "arts.music", kind: "Festival", stampRally: false,
            start: DateTimeOffset.UtcNow.AddDays(60), venueId: central));

        Assert.Equal(["歴史講座", "千歳学講座"], Titles(await SearchAsync("field=local-culture")));
        Assert.Equal(["千歳学講座"], Titles(await SearchAsync("field=local-culture.chitose-gaku")));
        Assert.Equal(["歴史講座", "合唱祭"], Titles(await SearchAsync("free=true")));
        Assert.Equal(["合唱祭"], Titles(await SearchAsync("stampRally=false")));
        Assert.Equal(["合唱祭"], Titles(await SearchAsync("kind=Festival")));
        Assert.Equal(["歴史講座", "合唱祭"], Titles(await SearchAsync("area=%E4%B8%AD%E5%A4%AE")));
        Assert.Equal(["千歳学講座"], Titles(await SearchAsync($"venueId={north}")));
        Assert.Equal(["歴史講座", "合唱祭"], Titles(await SearchAsync("hasSeats=true")));
        var from = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(30).ToOffset(TimeSpan.FromHours(9)).ToString("O")); // Japan time, as frontends send it
        Assert.Equal(["合唱祭"], Titles(await SearchAsync($"from={from}")));
        Assert.Equal(["歴史講座", "千歳学講座", "合唱祭"], Titles(await SearchAsync($"audience=Seniors&providerId={providerId}")));
        Assert.Empty(Titles(await SearchAsync("audience=Children")));
    }

    [Fact]
    public async Task Cursor_paging_returns_every_result_once_in_date_order()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        for (var i = 0; i < 12; i++)
        {
            await partner.PushAsync(providerId, $"c{i}", CatalogData.Opportunity(title: $"講座{i:00}", start: DateTimeOffset.UtcNow.AddDays(30 - i)));
        }
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await SearchAsync($"limit=5{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(Titles(page));
            cursor = page["next"]?.GetValue<string>();
        }
        while (cursor is not null);
        Assert.Equal(Enumerable.Range(0, 12).Reverse().Select(i => $"講座{i:00}"), seen);
    }

    [Fact]
    public async Task A_first_page_asked_with_count_says_how_many_match_in_all()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        for (var i = 0; i < 7; i++)
        {
            await partner.PushAsync(providerId, $"h{i}", CatalogData.Opportunity(title: $"歴史講座{i}", start: DateTimeOffset.UtcNow.AddDays(10 + i)));
        }
        await partner.PushAsync(providerId, "m", CatalogData.Opportunity(title: "合唱講座", kana: "がっしょうこうざ", field: "arts.music"));

        var first = await SearchAsync("limit=3&count=true&field=local-culture");
        Assert.Equal(7, first["total"]!.GetValue<int>());
        Assert.Equal(3, first["items"]!.AsArray().Count);
        Assert.Equal(8, (await SearchAsync("count=true&sort=relevance&q=" + Uri.EscapeDataString("講座")))["total"]!.GetValue<int>());
        var second = await SearchAsync($"limit=3&count=true&field=local-culture&cursor={first["next"]}");
        Assert.Null(second["total"]);
        Assert.Null((await SearchAsync("limit=3"))["total"]);
    }

    [Fact]
    public async Task An_opportunity_with_many_sessions_appears_once_at_its_next_session()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);
        await partner.PushAsync(providerId, "weekly", CatalogData.Opportunity(title: "毎週の体操", start: tomorrow, sessions: 14));
        await partner.PushAsync(providerId, "later", CatalogData.Opportunity(title: "十週後の講座", start: tomorrow.AddDays(70), sessions: 1));
        await partner.PushAsync(providerId, "latest", CatalogData.Opportunity(title: "十五週後の講座", start: tomorrow.AddDays(105), sessions: 1));

        var first = await SearchAsync("limit=2");
        var second = await SearchAsync($"limit=2&cursor={first["next"]!.GetValue<string>()}");

        Assert.Equal(["毎週の体操", "十週後の講座"], Titles(first)); // ten weekly sessions come before the second one
        Assert.Equal(["十五週後の講座"], Titles(second));
    }

    [Fact]
    public async Task Relevance_puts_title_matches_first()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "desc", CatalogData.Opportunity(title: "まちあるき", kana: "まちあるき", description: "防災の視点で歩く", start: DateTimeOffset.UtcNow.AddDays(1)));
        await partner.PushAsync(providerId, "title", CatalogData.Opportunity(title: "防災講座", kana: "ぼうさいこうざ", start: DateTimeOffset.UtcNow.AddDays(20)));
        Assert.Equal(["まちあるき", "防災講座"], Titles(await SearchAsync("q=%E9%98%B2%E7%81%BD")));
        Assert.Equal(["防災講座", "まちあるき"], Titles(await SearchAsync("q=%E9%98%B2%E7%81%BD&sort=relevance")));
    }

    [Theory]
    [InlineData("limit=101", "limit")]
    [InlineData("sort=popular", "sort")]
    [InlineData("cursor=garbage", "cursor")]
    public async Task Bad_parameters_are_400_problems(string query, string field)
    {
        var response = await Api.CreateClient().GetAsync($"/api/v1/catalog/opportunities?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync())["errors"]!.AsObject().ContainsKey(field));
    }

    [Theory]
    [InlineData("date")]
    [InlineData("relevance")]
    public async Task A_past_range_shows_the_sessions_in_that_range_in_either_order(string sort)
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        await partner.PushAsync(providerId, "spring", CatalogData.Opportunity(title: "春の歴史講座", start: start, sessions: 3)); // -30, -23, -16 days
        await partner.PushAsync(providerId, "winter", CatalogData.Opportunity(title: "冬の歴史講座", start: DateTimeOffset.UtcNow.AddDays(10)));
        var from = Uri.EscapeDataString(start.AddDays(-1).ToString("O"));
        var to = Uri.EscapeDataString(start.AddDays(10).ToString("O"));

        var page = await (await Api.CreateClient().GetAsync($"/api/v1/catalog/opportunities?q=歴史&sort={sort}&from={from}&to={to}")).JsonAsync();

        var hit = Assert.Single(page["items"]!.AsArray())!; // the winter course has no session in the range
        Assert.Equal("春の歴史講座", hit["title"]!.GetValue<string>());
        Assert.Equal(start.ToUnixTimeSeconds(), DateTimeOffset.Parse(hit["nextSession"]!["startsAt"]!.GetValue<string>(), CultureInfo.InvariantCulture).ToUnixTimeSeconds());
        Assert.Equal(2, hit["upcomingSessions"]!.GetValue<int>()); // -30 and -23 days; -16 is past `to`
    }

    [Fact]
    public async Task A_result_shows_its_next_session_as_the_detail_does()
    {
        // Search keeps sessions in a form of its own and makes the session's response when it shows it.
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var venue = await CatalogData.VenueAsync(partner);
        var id = (await (await partner.PushAsync(providerId, "next", CatalogData.Opportunity(venueId: venue, seatsRemaining: 4))).JsonAsync())["id"]!.GetValue<Guid>();

        var hit = Assert.Single((await SearchAsync("q=歴史"))["items"]!.AsArray())!;
        var detail = await (await Api.CreateClient().GetAsync($"/api/v1/catalog/opportunities/{id}")).JsonAsync();

        Assert.Equal(detail["sessions"]![0]!.ToJsonString(), hit["nextSession"]!.ToJsonString());
        Assert.Equal("千歳市民文化センター", hit["nextSession"]!["venue"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_detail_is_available_as_schema_org_JSON_LD()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var venue = await CatalogData.VenueAsync(partner);
        var id = (await (await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(venueId: venue, fee: 300))).JsonAsync())["id"]!.GetValue<Guid>();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/catalog/opportunities/{id}");
        request.Headers.Accept.ParseAdd("application/ld+json");
        var response = await Api.CreateClient().SendAsync(request);

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var ld = await response.JsonAsync();
        Assert.Equal("https://schema.org", ld["@context"]!.GetValue<string>());
        Assert.Equal("Course", ld["@type"]!.GetValue<string>());
        Assert.Equal(300, ld["offers"]!["price"]!.GetValue<int>());
        var instance = ld["hasCourseInstance"]![0]!;
        Assert.Equal("CourseInstance", instance["@type"]!.GetValue<string>());
        Assert.Equal("千歳市民文化センター", instance["location"]!["name"]!.GetValue<string>());
        Assert.Equal(42.83, instance["location"]!["geo"]!["latitude"]!.GetValue<double>());
        // Only what schema.org defines on each type: the instructor teaches the CourseInstance, not the Course.
        Assert.NotNull(instance["instructor"]);
        Assert.Null(ld["instructor"]);
        Assert.EndsWith("+09:00", instance["startDate"]!.GetValue<string>());

        var eventId = (await (await partner.PushAsync(providerId, "e1", CatalogData.Opportunity(title: "星空観察会", kind: "Event", venueId: venue))).JsonAsync())["id"]!.GetValue<Guid>();
        var eventRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/catalog/opportunities/{eventId}");
        eventRequest.Headers.Accept.ParseAdd("application/ld+json");
        var series = await (await Api.CreateClient().SendAsync(eventRequest)).JsonAsync();
        Assert.Equal("EventSeries", series["@type"]!.GetValue<string>());
        Assert.NotNull(series["organizer"]); // an Event has an organizer; provider and dateModified are CreativeWork's
        Assert.Null(series["provider"]);
        Assert.Null(series["dateModified"]);
    }
}
