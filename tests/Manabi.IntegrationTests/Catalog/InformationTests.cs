using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

public sealed class InformationTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Staff_draft_a_digest_edit_it_and_publish_it()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var venue = await CatalogData.VenueAsync(partner);
        var inRange = DateTimeOffset.UtcNow.AddDays(10);
        await partner.PushAsync(providerId, "history", CatalogData.Opportunity(venueId: venue, start: inRange));
        await partner.PushAsync(providerId, "music", CatalogData.Opportunity(title: "市民合唱 <入門>", kana: "しみんがっしょう", field: "arts.music", fee: 500, start: inRange.AddDays(1)));
        await partner.PushAsync(providerId, "later", CatalogData.Opportunity(title: "来年の講座", start: inRange.AddDays(120)));
        var staff = Api.ClientAs("staff");

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var digestResponse = await staff.PostAsJsonAsync("/api/v1/catalog/information/digest",
            new { channel = "MailMagazine", from = today.ToString("yyyy-MM-dd"), to = today.AddDays(30).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.OK, digestResponse.StatusCode);
        var digest = await digestResponse.JsonAsync();
        var items = digest["issue"]!["items"]!.AsArray();
        Assert.Equal(["千歳の歴史を学ぶ", "市民合唱 <入門>"], items.Select(i => i!["heading"]!.GetValue<string>()));
        Assert.Equal(["local-culture", "arts"], items.Select(i => i!["fieldCode"]!.GetValue<string>()));
        var html = digest["html"]!.GetValue<string>();
        Assert.Contains("<h2>郷土・歴史・文化</h2>", html);
        Assert.Contains("市民合唱 &lt;入門&gt;", html); // escaped
        Assert.Contains("■ 芸術・趣味", digest["text"]!.GetValue<string>());
        Assert.Contains("500円", digest["text"]!.GetValue<string>());

        var id = digest["issue"]!["id"]!.GetValue<string>();
        var read = await staff.GetAsync($"/api/v1/catalog/information/issues/{id}");
        Assert.Equal(2, (await read.JsonAsync())["items"]!.AsArray().Count);
        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/catalog/information/issues/{id}")
        {
            Content = JsonContent.Create(new
            {
                channel = "MailMagazine", title = "ミナクール通信 メール版", issueDate = today.ToString("yyyy-MM-dd"),
                items = new object[] { items[0]!, new { heading = "ボランティア募集", body = "学校支援ボランティアを募集しています。" } },
            }),
        };
        edit.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await staff.SendAsync(edit)).StatusCode);

        Assert.Empty(await (await Api.CreateClient().GetAsync("/api/v1/catalog/information/issues")).JsonArrayAsync());
        var published = await (await staff.PostAsync($"/api/v1/catalog/information/issues/{id}/publish", null)).JsonAsync();
        Assert.True(published["published"]!.GetValue<bool>());
        var list = await (await Api.CreateClient().GetAsync("/api/v1/catalog/information/issues")).JsonArrayAsync();
        Assert.Equal("ミナクール通信 メール版", Assert.Single(list)!["title"]!.GetValue<string>());

        var again = await staff.PostAsync($"/api/v1/catalog/information/issues/{id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.outbox_messages WHERE event_type LIKE '%InformationIssuePublished%'"));
        Assert.Equal(2, int.Parse(await Fixture.ScalarAsync<string>(
            "SELECT payload->>'itemCount' FROM catalog.outbox_messages WHERE event_type LIKE '%InformationIssuePublished%'"), System.Globalization.CultureInfo.InvariantCulture));

        var late = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/catalog/information/issues/{id}")
        {
            Content = JsonContent.Create(new { channel = "MailMagazine", title = "差し替え", issueDate = today.ToString("yyyy-MM-dd"), items = Array.Empty<object>() }),
        };
        late.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.SendAsync(late)).StatusCode);
    }

    [Fact]
    public async Task Drafts_are_staff_only_and_empty_issues_cannot_go_out()
    {
        var staff = Api.ClientAs("staff");
        var draft = await (await staff.PostAsJsonAsync("/api/v1/catalog/information/issues",
            new { channel = "Newsletter", title = "空の号", issueDate = "2026-12-01", items = Array.Empty<object>() })).JsonAsync();
        var id = draft["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.CreateClient().GetAsync($"/api/v1/catalog/information/issues/{id}")).StatusCode);
        var publish = await staff.PostAsync($"/api/v1/catalog/information/issues/{id}/publish", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, publish.StatusCode);
        Assert.Equal("issue-empty", (await publish.JsonAsync())["code"]!.GetValue<string>());
    }
}
