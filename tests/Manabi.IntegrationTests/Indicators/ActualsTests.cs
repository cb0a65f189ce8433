using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;
using Manabi.IntegrationTests.TalentRegistry;
using static Manabi.IntegrationTests.SchoolCommunity.SchoolCommunityData;

namespace Manabi.IntegrationTests.Indicators;

/// <summary>Measures counted live from what the modules report over HTTP, corrections included, each number with what it counted.</summary>
public sealed class ActualsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Chitose = "/api/v1/indicators/plans/chitose";

    [Fact]
    public async Task Community_school_sessions_count_in_25_3_and_a_cancelled_session_stops_counting()
    {
        var staff = Api.ClientAs("staff");
        var district = await DistrictAsync(staff, "chitose-chu", "千歳中学校区");
        var school = await SchoolAsync(staff, district, "chitose-sho", "千歳小学校");
        var activity = await ActivityAsync(staff, district, [school]);
        var volunteer = await TalentData.ActivePersonAsync(Api);
        var first = await SessionAsync(staff, activity, "09:30", [volunteer], unregistered: 2);
        await SessionAsync(staff, activity, "13:30", [volunteer], unregistered: 0);

        var counted = await EventuallyAsync(() => MeasureAsync("25-3a"), m => m["value"]?.GetValue<decimal>() == 2);
        Assert.Equal(4, (await MeasureAsync("25-3b"))["value"]!.GetValue<decimal>()); // 1 + 2 helpers, and 1
        Assert.Equal("Computed", counted["values"]!.AsArray().Single(v => v!["fiscalYear"]!.GetValue<int>() == ThisFiscalYear)!["source"]!.GetValue<string>());
        Assert.Equal("Baseline", counted["values"]![0]!["source"]!.GetValue<string>()); // 459 in FY2019, as the plan states
        Assert.Equal("Deterioration", counted["status"]!.GetValue<string>());
        Assert.Equal("C", counted["grade"]!.GetValue<string>());

        var items = await (await Api.CreateClient().GetAsync($"{Chitose}/measures/25-3a/items?fiscalYear={ThisFiscalYear}")).JsonAsync();
        Assert.Equal(2, items["total"]!.GetValue<int>());
        Assert.Contains(first, items["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));

        (await staff.PutAsJsonAsync($"{Base}/activities/{activity}/sessions/{first}", Held(status: "Cancelled"))).EnsureSuccessStatusCode();
        await EventuallyAsync(() => MeasureAsync("25-3a"), m => m["value"]?.GetValue<decimal>() == 1);
        Assert.Equal(1, (await MeasureAsync("25-3b"))["value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Volunteer_activities_and_consultations_count_and_a_voided_activity_no_longer_does()
    {
        var staff = Api.ClientAs("staff");
        var personId = await TalentData.ActivePersonAsync(Api, TalentData.Form(roles: ["Volunteer"]));
        var today = Today.ToString("yyyy-MM-dd");
        var activity = await (await staff.PostAsJsonAsync("/api/v1/talent/activities",
            new { personId, role = "Volunteer", kind = "SocialEducationProgramme", date = today, hours = 3, reference = "公民館まつり", title = "受付" })).JsonAsync();
        (await staff.PostAsJsonAsync("/api/v1/talent/consultations",
            new { heldAt = DateTimeOffset.UtcNow.AddHours(-1), channel = "Visit", topic = "Volunteering", outcome = "ReferredToGroup" })).EnsureSuccessStatusCode();

        await EventuallyAsync(() => MeasureAsync("26-2"), m => m["value"]?.GetValue<decimal>() == 1);
        await EventuallyAsync(() => MeasureAsync("23-3"), m => m["value"]?.GetValue<decimal>() == 1);

        var id = activity["activity"]!["id"]!.GetValue<string>();
        (await staff.PostAsJsonAsync($"/api/v1/talent/activities/{id}/void", new { reason = "別の方の活動でした" })).EnsureSuccessStatusCode();
        await EventuallyAsync(() => MeasureAsync("26-2"), m => m["value"]?.GetValue<decimal>() == 0);
    }

    [Fact]
    public async Task Staff_enter_a_year_no_module_counted_with_its_source_and_the_report_says_it_is_entered()
    {
        var staff = Api.ClientAs("staff");
        var entered = await staff.PutAsJsonAsync($"{Chitose}/measures/23-2/values/2021", new { value = 512, source = "令和3年度 市民活動交流センター事業報告" });
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);

        var report = await MeasureAsync("23-2", 2021);
        var year = report["values"]!.AsArray().Single(v => v!["fiscalYear"]!.GetValue<int>() == 2021)!;
        Assert.Equal((512m, "Entered", "令和3年度 市民活動交流センター事業報告"),
            (year["value"]!.GetValue<decimal>(), year["source"]!.GetValue<string>(), year["note"]!.GetValue<string>()));
        Assert.Equal(512, report["value"]!.GetValue<decimal>());

        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PutAsJsonAsync($"{Chitose}/measures/23-2/values/2040", new { value = 1, source = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PutAsJsonAsync($"{Chitose}/measures/23-2/values/2021", new { value = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("learner").PutAsJsonAsync($"{Chitose}/measures/23-2/values/2021", new { value = 1, source = "x" })).StatusCode);
        var whole = await (await Api.CreateClient().GetAsync($"{Chitose}/report")).JsonAsync();
        Assert.Equal(18, whole["measures"]!.AsArray().Count);
    }

    private async Task<JsonNode> MeasureAsync(string code, int? year = null)
    {
        var report = await (await Api.CreateClient().GetAsync($"{Chitose}/report?fiscalYear={year ?? ThisFiscalYear}")).JsonAsync();
        return report["measures"]!.AsArray().Single(m => m!["measure"]!["code"]!.GetValue<string>() == code)!;
    }

    private static async Task<string> SessionAsync(HttpClient staff, string activity, string startsAt, string[] volunteers, int unregistered)
    {
        var response = await staff.PostAsJsonAsync($"{Base}/activities/{activity}/sessions", new
        {
            date = Today.ToString("yyyy-MM-dd"), startsAt, status = "Held", children = 12, registeredPersonIds = volunteers, unregisteredHelpers = unregistered,
        });
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync())["id"]!.GetValue<string>();
    }
}
