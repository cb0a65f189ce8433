using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;
using Manabi.IntegrationTests.TalentRegistry;

namespace Manabi.IntegrationTests.Catalog;

public sealed class SessionHeldTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_provider_reports_a_held_session_and_other_modules_hear_of_it()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var instructor = await TalentData.ActivePersonAsync(Api);
        var started = DateTimeOffset.UtcNow.AddHours(-3);
        var opportunity = CatalogData.Opportunity(start: started);
        opportunity["instructors"]!.AsArray().Add(new JsonObject { ["name"] = "株式会社ちとせ", ["kind"] = "Business", ["personId"] = instructor });
        await partner.PushAsync(providerId, "c1", opportunity);

        var held = await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities/c1/sessions/s1/held", new { participants = 18 });
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        var session = await held.JsonAsync();
        Assert.Equal("Held", session["status"]!.GetValue<string>());
        Assert.Equal(18, session["participants"]!.GetValue<int>());

        var corrected = await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities/c1/sessions/s1/held", new { participants = 20 });
        Assert.Equal(20, (await corrected.JsonAsync())["participants"]!.GetValue<int>());

        var payload = JsonNode.Parse(await Fixture.ScalarAsync<string>(
            "SELECT payload::text FROM catalog.outbox_messages WHERE event_type LIKE '%SessionHeld%' ORDER BY occurred_at DESC LIMIT 1"))!;
        Assert.Equal(20, payload["participants"]!.GetValue<int>());
        Assert.Equal(["Citizen", "Business"], payload["instructorKinds"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Single(payload["instructorPersonIds"]!.AsArray());
        Assert.False(payload["boardRun"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Future_cancelled_and_foreign_sessions_cannot_be_reported()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var (otherId, other) = await CatalogData.ApprovedPartnerAsync(Api, "他の団体");
        await partner.PushAsync(providerId, "future", CatalogData.Opportunity());
        await other.PushAsync(otherId, "theirs", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-2)));

        var future = await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities/future/sessions/s1/held", new { participants = 5 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Equal("session-not-started", (await future.JsonAsync())["code"]!.GetValue<string>());
        var foreign = await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{otherId}/opportunities/theirs/sessions/s1/held", new { participants = 5 });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var negative = await other.PostAsJsonAsync($"/api/v1/catalog/providers/{otherId}/opportunities/theirs/sessions/s1/held", new { participants = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.outbox_messages WHERE event_type LIKE '%SessionHeld%'"));
    }
}
