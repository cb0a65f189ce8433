using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.TalentRegistry;

/// <summary>A person's own report counts only once staff approve it, and never twice.</summary>
public sealed class SelfReportTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_self_report_counts_once_approved_and_a_rejected_one_says_why()
    {
        var (id, citizen) = await TalentData.ActiveCitizenAsync(Api, "citizen-self", TalentData.Form(roles: ["Volunteer"]));
        var staff = Api.ClientAs("staff");
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(-3).ToString("yyyy-MM-dd");
        var body = new { role = "Volunteer", kind = "SocialEducationProgramme", date = day, hours = 2, reference = "公民館まつり" };

        var reported = await citizen.PostAsJsonAsync("/api/v1/talent/people/me/activity-reports", body);
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        Assert.Empty(await (await citizen.GetAsync("/api/v1/talent/people/me/activities")).JsonArrayAsync());
        var pending = Assert.Single(await (await staff.GetAsync("/api/v1/talent/activity-reports")).JsonArrayAsync())!;

        var approved = await (await staff.PostAsJsonAsync($"/api/v1/talent/activity-reports/{pending["id"]}/decision", new { approve = true })).JsonAsync();
        Assert.Equal("Approved", approved["status"]!.GetValue<string>());
        Assert.Equal("SelfReport", Assert.Single(await (await citizen.GetAsync("/api/v1/talent/people/me/activities")).JsonArrayAsync())!["source"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await staff.PostAsJsonAsync($"/api/v1/talent/activity-reports/{pending["id"]}/decision", new { approve = true })).StatusCode);

        // The same occurrence reported again and approved is still one record; staff's entry of it too.
        var again = await (await citizen.PostAsJsonAsync("/api/v1/talent/people/me/activity-reports", body)).JsonAsync();
        await staff.PostAsJsonAsync($"/api/v1/talent/activity-reports/{again["id"]}/decision", new { approve = true });
        var byStaff = await (await staff.PostAsJsonAsync("/api/v1/talent/activities",
            new { personId = id, role = "Volunteer", kind = "SocialEducationProgramme", date = day, reference = "公民館まつり" })).JsonAsync();
        Assert.False(byStaff["created"]!.GetValue<bool>());
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.activity_records"));

        var other = await (await citizen.PostAsJsonAsync("/api/v1/talent/people/me/activity-reports", body with { reference = "別の行事" })).JsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/v1/talent/activity-reports/{other["id"]}/decision", new { approve = false })).StatusCode);
        var rejected = await (await staff.PostAsJsonAsync($"/api/v1/talent/activity-reports/{other["id"]}/decision",
            new { approve = false, reason = "主催者の記録にありませんでした" })).JsonAsync();
        Assert.Equal(("Rejected", "主催者の記録にありませんでした"), (rejected["status"]!.GetValue<string>(), rejected["reason"]!.GetValue<string>()));
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.activity_records"));
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/api/v1/talent/activity-reports")).StatusCode);
    }
}
