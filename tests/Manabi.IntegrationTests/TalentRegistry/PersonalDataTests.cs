using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.TalentRegistry;

/// <summary>APPI: the person sees what is held and who read it, and can have it erased without the plan's figures moving.</summary>
public sealed class PersonalDataTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_person_sees_staff_reads_in_their_export_and_erasure_keeps_their_activity_as_anonymous_counts()
    {
        var citizen = Api.ClientAs("learner", "citizen-erase");
        var id = (await (await citizen.PostAsJsonAsync("/api/v1/talent/people/me", TalentData.Form())).JsonAsync())["id"]!.GetValue<string>();
        var staff = Api.ClientAs("staff");
        await staff.PostAsJsonAsync($"/api/v1/talent/people/{id}/status", new { status = "Active" });
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).ToString("yyyy-MM-dd");
        await staff.PostAsJsonAsync("/api/v1/talent/activities", new { personId = id, role = "Instructor", kind = "Other", date = today, reference = "郷土史講話" });

        Assert.Equal("hanako@example.jp", (await (await staff.GetAsync($"/api/v1/talent/people/{id}")).JsonAsync())["contact"]!.GetValue<string>());
        var listed = await staff.GetStringAsync("/api/v1/talent/people");
        Assert.DoesNotContain("hanako@example.jp", listed);

        var export = await (await citizen.GetAsync("/api/v1/talent/people/me/personal-data")).JsonAsync();
        Assert.Equal("person", Assert.Single(export["staffReads"]!.AsArray())!["what"]!.GetValue<string>());
        Assert.Single(export["activities"]!.AsArray());
        Assert.Equal("hanako@example.jp", export["person"]!["contact"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, (await citizen.DeleteAsync("/api/v1/talent/people/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/api/v1/talent/people/me")).StatusCode);
        Assert.Equal(0, (await (await Api.CreateClient().GetAsync("/api/v1/talent/directory")).JsonAsync())["total"]!.GetValue<int>());
        var erased = await (await staff.GetAsync($"/api/v1/talent/people/{id}")).JsonAsync();
        Assert.Equal(("（削除済み）", "Retired"), (erased["name"]!.GetValue<string>(), erased["status"]!.GetValue<string>()));
        Assert.Null(erased["contact"]);
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.people WHERE contact IS NOT NULL OR subject IS NOT NULL"));
        // The activity still counts (26-2), now as an anonymous person-time.
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.activity_records WHERE voided_at IS NULL"));
        // The login may apply again as a new person.
        Assert.Equal(HttpStatusCode.Created, (await citizen.PostAsJsonAsync("/api/v1/talent/people/me", TalentData.Form())).StatusCode);
    }
}
