using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;
using Manabi.IntegrationTests.TalentRegistry;
using static Manabi.IntegrationTests.Indicators.IndicatorsData;
using static Manabi.IntegrationTests.SchoolCommunity.SchoolCommunityData;

namespace Manabi.IntegrationTests.Indicators;

/// <summary>24-2 from TalentRegistry's standings, 25-1/25-2 from SchoolCommunity's coverage, and erasure leaving the numbers alone.</summary>
public sealed class RegisterAndCoverageTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Active_instructors_and_volunteers_count_in_24_2_and_one_who_retires_or_only_supports_children_does_not()
    {
        var staff = Api.ClientAs("staff");
        var instructor = await TalentData.ActivePersonAsync(Api);
        await TalentData.ActivePersonAsync(Api, TalentData.Form(name: "千歳 次郎", roles: ["Volunteer"]));
        await TalentData.ActivePersonAsync(Api, TalentData.Form(name: "千歳 三郎", roles: ["ChildrenSupporter"]));
        var applied = await staff.PostAsJsonAsync("/api/v1/talent/people", TalentData.Form(name: "千歳 四郎")); // not accepted yet
        applied.EnsureSuccessStatusCode();

        var counted = await EventuallyAsync(() => MeasureAsync(Api.CreateClient(), "24-2"), m => m["value"]?.GetValue<decimal>() == 2);
        Assert.Equal("Computed", YearValue(counted, ThisFiscalYear)!["source"]!.GetValue<string>());
        Assert.Null(YearValue(counted, ThisFiscalYear + 1)); // counted into next March already, but not shown before the year begins
        var items = await (await Api.CreateClient().GetAsync($"{Chitose}/measures/24-2/items?fiscalYear={ThisFiscalYear}")).JsonAsync();
        Assert.Equal(2, items["total"]!.GetValue<int>());
        Assert.All(items["items"]!.AsArray(), i => Assert.Null(i!["id"])); // who is registered is not public here

        (await staff.PostAsJsonAsync($"/api/v1/talent/people/{instructor}/status", new { status = "Retired", reason = "転居" })).EnsureSuccessStatusCode();
        await EventuallyAsync(() => MeasureAsync(Api.CreateClient(), "24-2"), m => m["value"]?.GetValue<decimal>() == 1);
    }

    [Fact]
    public async Task Coverage_shares_count_the_eligible_districts_and_schools_and_a_school_flagged_small_leaves_the_share()
    {
        var staff = Api.ClientAs("staff");
        var covered = await DistrictAsync(staff, "chitose-chu", "千歳中学校区");
        var school = await SchoolAsync(staff, covered, "chitose-sho", "千歳小学校");
        var other = await DistrictAsync(staff, "shikotsuko-chu", "支笏湖中学校区");
        var small = await SchoolAsync(staff, other, "shikotsuko-sho", "支笏湖小学校");
        var (_, _, coordinator) = await CoordinatorAsync(Api, "coordinator-chitose", [covered]);
        var activity = await ActivityAsync(coordinator, covered, [school]);
        (await coordinator.PostAsJsonAsync($"{Base}/activities/{activity}/sessions", Held())).EnsureSuccessStatusCode();

        var districts = await EventuallyAsync(() => MeasureAsync(Api.CreateClient(), "25-1"), m => m["value"]?.GetValue<decimal>() == 50);
        Assert.Equal(2, YearValue(districts, ThisFiscalYear)!["sampleSize"]!.GetValue<int>());
        Assert.Null(YearValue(districts, ThisFiscalYear)!["interval"]); // every district, not a sample
        Assert.Equal(50, (await MeasureAsync(Api.CreateClient(), "25-2"))["value"]!.GetValue<decimal>());
        var listed = await (await Api.CreateClient().GetAsync($"{Chitose}/measures/25-1/items?fiscalYear={ThisFiscalYear}")).JsonAsync();
        Assert.Equal([(covered, 1m), (other, 0m)], listed["items"]!.AsArray()
            .Select(i => (i!["id"]!.GetValue<string>()[..36], i["value"]!.GetValue<decimal>())).OrderByDescending(i => i.Item2));

        (await staff.PutAsJsonAsync($"{Base}/schools/{small}/small-years/{ThisFiscalYear}", new { small = true, reason = "学級数が標準の12学級未満" }))
            .EnsureSuccessStatusCode();
        await EventuallyAsync(() => MeasureAsync(Api.CreateClient(), "25-1"), m => m["value"]?.GetValue<decimal>() == 100);
        var schools = await MeasureAsync(Api.CreateClient(), "25-2");
        Assert.Equal((100m, 1), (schools["value"]!.GetValue<decimal>(), YearValue(schools, ThisFiscalYear)!["sampleSize"]!.GetValue<int>()));
        Assert.Equal("NotAvailable", schools["status"]!.GetValue<string>()); // one year of data: Open SDG needs two
    }

    [Fact]
    public async Task Erasing_a_learner_or_a_person_changes_no_count_of_what_they_did()
    {
        var staff = Api.ClientAs("staff");
        var learner = Api.ClientAs("learner", "erased-learner");
        (await learner.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" }))
            .EnsureSuccessStatusCode();
        var (person, citizen) = await TalentData.ActiveCitizenAsync(Api, "erased-volunteer", TalentData.Form(roles: ["Volunteer"]));
        (await staff.PostAsJsonAsync("/api/v1/talent/activities", new
        {
            personId = person, role = "Volunteer", kind = "SocialEducationProgramme", date = Today.ToString("yyyy-MM-dd"), hours = 3, reference = "公民館まつり", title = "受付",
        })).EnsureSuccessStatusCode();
        await EventuallyAsync(() => MeasureAsync(Api.CreateClient(), "26-2"), m => m["value"]?.GetValue<decimal>() == 1);
        await EventuallyAsync(() => MeasureAsync(Api.CreateClient(), "22-1b"), m => m["value"]?.GetValue<decimal>() == 1);
        var before = await ValuesAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await learner.DeleteAsync("/api/v1/passbook/learners/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await citizen.DeleteAsync("/api/v1/talent/people/me")).StatusCode);

        // The person leaves the register from now on (24-2 is who is registered on 31 March); what they and the learner did stays counted.
        await EventuallyAsync(() => MeasureAsync(Api.CreateClient(), "24-2"), m => m["value"]?.GetValue<decimal>() == 0);
        var after = await ValuesAsync();
        Assert.Equal(before.Where(v => v.Key != "24-2"), after.Where(v => v.Key != "24-2"));
    }

    private async Task<Dictionary<string, string>> ValuesAsync()
    {
        var report = await (await Api.CreateClient().GetAsync($"{Chitose}/report?fiscalYear={ThisFiscalYear}")).JsonAsync();
        return report["measures"]!.AsArray().ToDictionary(m => m!["measure"]!["code"]!.GetValue<string>(), m => m!["values"]!.ToJsonString());
    }
}
