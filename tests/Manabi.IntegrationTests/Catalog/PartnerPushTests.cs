using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

public sealed class PartnerPushTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_partner_creates_then_updates_an_opportunity_by_its_own_id()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);

        var created = await partner.PushAsync(providerId, "course-001", CatalogData.Opportunity());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        Assert.Equal("Created", body["status"]!.GetValue<string>());
        Assert.Equal(created.Headers.ETag!.Tag, body["eTag"]!.GetValue<string>());
        Assert.EndsWith($"/providers/{providerId}/opportunities/course-001", created.Headers.Location!.ToString());

        var changed = CatalogData.Opportunity(title: "千歳の歴史を学ぶ（増補版）");
        var updated = await partner.PushAsync(providerId, "course-001", changed);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Updated", (await updated.JsonAsync())["status"]!.GetValue<string>());

        var read = await partner.GetAsync($"/api/v1/catalog/providers/{providerId}/opportunities/course-001");
        var opportunity = await read.JsonAsync();
        Assert.Equal("千歳の歴史を学ぶ（増補版）", opportunity["title"]!.GetValue<string>());
        Assert.Equal(2, opportunity["sessions"]!.AsArray().Count);
        Assert.EndsWith("+09:00", opportunity["sessions"]![0]!["startsAt"]!.GetValue<string>());
        Assert.Equal(updated.Headers.ETag, read.Headers.ETag);
    }

    [Fact]
    public async Task Re_pushing_identical_data_changes_nothing_not_even_the_feed()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var first = await partner.PushAsync(providerId, "course-001", CatalogData.Opportunity());
        var before = await FeedAsync();
        var modifiedBefore = (await (await partner.GetAsync($"/api/v1/catalog/providers/{providerId}/opportunities/course-001")).JsonAsync())["modifiedAt"]!.ToString();

        var again = await partner.PushAsync(providerId, "course-001", CatalogData.Opportunity());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Unchanged", (await again.JsonAsync())["status"]!.GetValue<string>());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal(before.ToJsonString(), (await FeedAsync()).ToJsonString());
        var modifiedAfter = (await (await partner.GetAsync($"/api/v1/catalog/providers/{providerId}/opportunities/course-001")).JsonAsync())["modifiedAt"]!.ToString();
        Assert.Equal(modifiedBefore, modifiedAfter);
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.outbox_messages WHERE event_type LIKE '%LearningOpportunity%'"));
    }

    [Fact]
    public async Task A_stale_If_Match_is_refused_and_changes_nothing()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var created = await partner.PushAsync(providerId, "course-001", CatalogData.Opportunity());
        await partner.PushAsync(providerId, "course-001", CatalogData.Opportunity(title: "二版"));
        var stale = await partner.PushAsync(providerId, "course-001", CatalogData.Opportunity(title: "古い版からの上書き"), created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var read = await (await partner.GetAsync($"/api/v1/catalog/providers/{providerId}/opportunities/course-001")).JsonAsync();
        Assert.Equal("二版", read["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_partner_cannot_touch_another_providers_records()
    {
        var (ownId, partner) = await CatalogData.ApprovedPartnerAsync(Api, "自分の団体");
        var (otherId, other) = await CatalogData.ApprovedPartnerAsync(Api, "他の団体");
        await other.PushAsync(otherId, "theirs", CatalogData.Opportunity(title: "他団体の講座"));

        var put = await partner.PushAsync(otherId, "theirs", CatalogData.Opportunity(title: "乗っ取り"));
        var get = await partner.GetAsync($"/api/v1/catalog/providers/{otherId}/opportunities/theirs");
        var delete = await partner.DeleteAsync($"/api/v1/catalog/providers/{otherId}/opportunities/theirs");
        var batch = await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{otherId}/opportunities:batch",
            new { items = new[] { new { externalId = "x", opportunity = CatalogData.Opportunity() } } });

        Assert.All(new[] { put, get, delete, batch }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var theirs = await (await other.GetAsync($"/api/v1/catalog/providers/{otherId}/opportunities/theirs")).JsonAsync();
        Assert.Equal("他団体の講座", theirs["title"]!.GetValue<string>());
        Assert.Equal("Published", theirs["status"]!.GetValue<string>());
        Assert.NotEqual(ownId, otherId);
    }

    [Fact]
    public async Task A_batch_with_one_invalid_item_keeps_the_others()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var invalid = CatalogData.Opportunity();
        invalid["title"] = "";
        invalid["fields"] = new JsonArray("no-such-field");
        var response = await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities:batch", new
        {
            items = new object[]
            {
                new { externalId = "a", opportunity = CatalogData.Opportunity(title: "講座A") },
                new { externalId = "b", opportunity = invalid },
                new { externalId = "c", opportunity = CatalogData.Opportunity(title: "講座C") },
                new { externalId = "a", opportunity = CatalogData.Opportunity(title: "重複") },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.Equal(2, result["created"]!.GetValue<int>());
        Assert.Equal(2, result["rejected"]!.GetValue<int>());
        var items = result["results"]!.AsArray();
        Assert.Equal(["Created", "Rejected", "Created", "Rejected"], items.Select(i => i!["status"]!.GetValue<string>()));
        Assert.True(items[1]!["problem"]!["errors"]!.AsObject().ContainsKey("title"));
        Assert.Equal(400, items[1]!["problem"]!["status"]!.GetValue<int>());
        Assert.Equal(2L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.learning_opportunities"));
    }

    [Fact]
    public async Task A_second_identical_batch_reports_everything_unchanged()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var items = Enumerable.Range(1, 50).Select(i => new { externalId = $"c{i:000}", opportunity = CatalogData.Opportunity(title: $"講座{i}") }).ToArray();
        var first = await (await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities:batch", new { items })).JsonAsync();
        var second = await (await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities:batch", new { items })).JsonAsync();
        Assert.Equal(50, first["created"]!.GetValue<int>());
        Assert.Equal(50, second["unchanged"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_full_batch_may_exceed_the_general_body_limit()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var description = new string('説', 600); // ~1.8 KB per item: 1,000 items ≈ 2.5 MB, over the 1 MiB default
        var items = Enumerable.Range(1, 1000).Select(i => new { externalId = $"big{i}", opportunity = CatalogData.Opportunity(title: $"講座{i}", description: description, sessions: 1) }).ToArray();
        var content = JsonContent.Create(new { items });
        await content.LoadIntoBufferAsync();
        Assert.True(content.Headers.ContentLength > 2 * 1024 * 1024);

        var response = await partner.PostAsync($"/api/v1/catalog/providers/{providerId}/opportunities:batch", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1000, (await response.JsonAsync())["created"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_batch_over_1000_items_is_refused_whole()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var items = Enumerable.Range(1, 1001).Select(i => new { externalId = $"c{i}", opportunity = (object?)null }).ToArray();
        var response = await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities:batch", new { items });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync())["errors"]!.AsObject().ContainsKey("items"));
    }

    [Fact]
    public async Task Withdrawing_leaves_a_tombstone_and_hides_the_opportunity()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var id = (await (await partner.PushAsync(providerId, "course-001", CatalogData.Opportunity())).JsonAsync())["id"]!.GetValue<Guid>();

        Assert.Equal(HttpStatusCode.NoContent, (await partner.DeleteAsync($"/api/v1/catalog/providers/{providerId}/opportunities/course-001")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await Api.CreateClient().GetAsync($"/api/v1/catalog/opportunities/{id}")).StatusCode);
        var item = (await FeedAsync()).Single(i => i!["id"]!.GetValue<Guid>() == id)!;
        Assert.Equal("deleted", item["state"]!.GetValue<string>());
        Assert.Null(item["data"]);
        var kept = await (await partner.GetAsync($"/api/v1/catalog/providers/{providerId}/opportunities/course-001")).JsonAsync();
        Assert.Equal("Withdrawn", kept["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await partner.DeleteAsync($"/api/v1/catalog/providers/{providerId}/opportunities/nothing")).StatusCode);
    }

    [Fact]
    public async Task Publishing_changing_and_withdrawing_tell_other_modules()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity());
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(title: "改題"));
        await partner.DeleteAsync($"/api/v1/catalog/providers/{providerId}/opportunities/c1");
        await partner.PushAsync(providerId, "draft", CatalogData.Opportunity(status: "Draft"));

        var events = await Fixture.ScalarAsync<string>(
            "SELECT string_agg(split_part(event_type, '.', 4), ',' ORDER BY occurred_at) FROM catalog.outbox_messages WHERE event_type LIKE '%LearningOpportunity%'");
        Assert.Equal("LearningOpportunityPublishedIntegrationEvent,LearningOpportunityChangedIntegrationEvent,LearningOpportunityWithdrawnIntegrationEvent", events);
        var payload = await Fixture.ScalarAsync<string>("SELECT payload::text FROM catalog.outbox_messages WHERE event_type LIKE '%Published%' AND event_type LIKE '%Opportunity%'");
        var published = JsonNode.Parse(payload)!;
        Assert.True(published["stampRallyEligible"]!.GetValue<bool>());
        Assert.Equal(1m, published["creditsPerSession"]!.GetValue<decimal>());
        Assert.Equal(2, published["sessions"]!.AsArray().Count);
        Assert.Equal("Citizen", published["instructorKinds"]![0]!.GetValue<string>());
        Assert.DoesNotContain("千歳 太郎", payload); // ids and numbers, never names
    }

    [Fact]
    public async Task Sessions_keep_their_ids_and_dropped_ones_are_cancelled()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(sessions: 3));
        var before = await (await partner.GetAsync($"/api/v1/catalog/providers/{providerId}/opportunities/c1")).JsonAsync();
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(sessions: 2));
        var after = await (await partner.GetAsync($"/api/v1/catalog/providers/{providerId}/opportunities/c1")).JsonAsync();

        var ids = (JsonNode o) => o["sessions"]!.AsArray().Select(s => s!["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal(ids(before), ids(after));
        Assert.Equal(["Scheduled", "Scheduled", "Cancelled"], after["sessions"]!.AsArray().Select(s => s!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_session_added_to_a_known_opportunity_is_added()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(sessions: 1));
        var response = await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(sessions: 2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await partner.SessionIdsAsync(providerId, "c1")).Count);
    }

    [Fact]
    public async Task Bad_input_is_explained_per_field_in_the_callers_language()
    {
        var (providerId, _) = await CatalogData.ApprovedPartnerAsync(Api);
        var staff = Api.ClientAs("staff", language: "en");
        var bad = CatalogData.Opportunity();
        bad["sessions"]![0]!["endsAt"] = CatalogData.Soon.AddHours(-1).ToString("O");
        bad["creditsPerSession"] = null;
        var response = await staff.PushAsync(providerId, "c1", bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("sessions[0].endsAt"), string.Join(",", errors.Select(e => e.Key)));
        Assert.True(errors.ContainsKey("creditsPerSession"));
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.learning_opportunities"));
    }

    private async Task<JsonArray> FeedAsync() =>
        (await (await Api.CreateClient().GetAsync("/api/v1/catalog/feeds/opportunities")).JsonAsync())["items"]!.AsArray();
}
