using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.TalentRegistry;

/// <summary>延活動人数: one record per person per occurrence, however many routes report it.</summary>
public sealed class ActivityTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_same_session_reported_by_Catalog_and_by_staff_is_one_activity_record()
    {
        var citizen = Api.ClientAs("learner", "instructor-1");
        var personId = (await (await citizen.PostAsJsonAsync("/api/v1/talent/people/me", TalentData.Form())).JsonAsync())["id"]!.GetValue<string>();
        var staff = Api.ClientAs("staff");
        await staff.PostAsJsonAsync($"/api/v1/talent/people/{personId}/status", new { status = "Active" });
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var opportunity = CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-3));
        opportunity["instructors"]!.AsArray().Add(new JsonObject { ["name"] = "千歳 花子", ["kind"] = "Citizen", ["personId"] = personId });
        await partner.PushAsync(providerId, "history", opportunity);
        var sessionId = (await partner.SessionIdsAsync(providerId, "history"))[0];

        (await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities/history/sessions/s1/held", new { participants = 12 }))
            .EnsureSuccessStatusCode();
        var fromCatalog = Assert.Single(await EventuallyAsync(
            async () => await (await citizen.GetAsync("/api/v1/talent/people/me/activities")).JsonArrayAsync(), a => a.Count > 0))!;
        Assert.Equal(("Instructor", "CourseSession", "CatalogSession"),
            (fromCatalog["role"]!.GetValue<string>(), fromCatalog["kind"]!.GetValue<string>(), fromCatalog["source"]!.GetValue<string>()));

        var fromStaff = await staff.PostAsJsonAsync("/api/v1/talent/activities", new
        {
            personId, role = "Instructor", kind = "CourseSession", date = fromCatalog["date"]!.GetValue<string>(), sessionId,
        });
        Assert.Equal(HttpStatusCode.OK, fromStaff.StatusCode);
        var answer = await fromStaff.JsonAsync();
        Assert.False(answer["created"]!.GetValue<bool>());
        Assert.Equal(fromCatalog["id"]!.GetValue<string>(), answer["activity"]!["id"]!.GetValue<string>());
        // A second report of the held session (a corrected count) does not add one either.
        await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities/history/sessions/s1/held", new { participants = 13 });
        await EventuallyAsync(() => Fixture.ScalarAsync<long>(
            "SELECT count(*) FROM talent.inbox_messages WHERE consumer LIKE '%SessionHeldConsumer'"), n => n == 2);
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.activity_records"));
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.outbox_messages WHERE event_type LIKE '%ActivityRecorded%'"));
    }

    [Fact]
    public async Task Staff_record_and_void_an_activity_with_a_reason_that_stays_in_the_history()
    {
        var personId = await TalentData.ActivePersonAsync(Api, TalentData.Form(roles: ["Volunteer"]));
        var staff = Api.ClientAs("staff");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).ToString("yyyy-MM-dd");
        var body = new { personId, role = "Volunteer", kind = "SocialEducationProgramme", date = today, hours = 3, reference = "公民館まつり", title = "公民館まつりの受付" };

        var created = await staff.PostAsJsonAsync("/api/v1/talent/activities", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var again = await staff.PostAsJsonAsync("/api/v1/talent/activities", body with { title = "受付（再入力）" });
        Assert.False((await again.JsonAsync())["created"]!.GetValue<bool>());
        var future = await staff.PostAsJsonAsync("/api/v1/talent/activities", body with { date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var id = (await created.JsonAsync())["activity"]!["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/v1/talent/activities/{id}/void", new { reason = "" })).StatusCode);
        var voided = await (await staff.PostAsJsonAsync($"/api/v1/talent/activities/{id}/void", new { reason = "別の方の活動でした" })).JsonAsync();
        Assert.True(voided["voided"]!.GetValue<bool>());

        var history = await (await staff.GetAsync($"/api/v1/talent/people/{personId}/activities")).JsonArrayAsync();
        Assert.Equal("別の方の活動でした", Assert.Single(history)!["voidReason"]!.GetValue<string>());
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.outbox_messages WHERE event_type LIKE '%ActivityVoided%'"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("learner", "x").PostAsJsonAsync("/api/v1/talent/activities", body)).StatusCode);
    }
}
