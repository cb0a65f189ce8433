using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;
using static Manabi.IntegrationTests.SchoolCommunity.SchoolCommunityData;

namespace Manabi.IntegrationTests.SchoolCommunity;

/// <summary>25-1, 25-2 and 25-3 computed from what coordinators record, moving as they record it.</summary>
public sealed class CoverageTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Coverage_moves_with_held_and_cancelled_sessions_small_flags_and_commissions()
    {
        var staff = Api.ClientAs("staff");
        var central = await DistrictAsync(staff, "chitose-chu", "千歳中学校区");
        var north = await DistrictAsync(staff, "hokuyo-chu", "北陽中学校区");
        var lake = await DistrictAsync(staff, "shikotsu-chu", "支笏湖中学校区");
        var chitose = await SchoolAsync(staff, central, "chitose-sho", "千歳小学校");
        var small = await SchoolAsync(staff, central, "kita-sho", "北小学校");
        await SchoolAsync(staff, central, "chitose-chugakko", "千歳中学校", "JuniorHigh");
        await SchoolAsync(staff, north, "hokuyo-sho", "北陽小学校");
        var lakeside = await SchoolAsync(staff, lake, "shikotsu-gimu", "支笏湖義務教育学校", "Compulsory");
        foreach (var school in new[] { small, lakeside })
        {
            (await staff.PutAsJsonAsync($"{Base}/schools/{school}/small-years/{ThisFiscalYear}", new { small = true, reason = "学級数が標準の12学級未満" }))
                .EnsureSuccessStatusCode();
        }
        var (_, commission, coordinator) = await CoordinatorAsync(Api, "coordinator-coverage", [central], from: new DateOnly(ThisFiscalYear - 1, 4, 1));

        var before = await CoverageAsync(staff);
        Assert.Equal("実施済みの活動がまだない", Reason(before["districts"]!["notCovered"]!, central));
        Assert.Equal("推進員が委嘱されていない", Reason(before["districts"]!["notCovered"]!, north));
        Assert.Equal("小規模校のみの中学校区", Reason(before["districts"]!["excluded"]!, lake));
        Assert.Equal("小規模校（学級数が標準の12学級未満）", Reason(before["elementarySchools"]!["excluded"]!, small));

        var activity = await ActivityAsync(coordinator, central, [chitose]);
        var volunteer = await TalentRegistry.TalentData.ActivePersonAsync(Api);
        var session = (await (await coordinator.PostAsJsonAsync($"{Base}/activities/{activity}/sessions", Held([volunteer], unregistered: 2))).JsonAsync())["id"]!.GetValue<string>();

        var held = await CoverageAsync(staff);
        Assert.Equal((1, 2, 0.5m), Share(held["districts"]!));
        Assert.Equal((1, 2, 0.5m), Share(held["elementarySchools"]!)); // 千歳小 counts; 北陽小 not yet; 北小 small this year
        Assert.Equal([1, 1, 2, 3], new[] { "sessionsHeld", "registeredParticipations", "unregisteredHelpers", "volunteerParticipations" }
            .Select(k => held["volume"]![k]!.GetValue<int>()));
        // The same school, not flagged last year, is an ordinary school there.
        var lastYear = await CoverageAsync(staff, ThisFiscalYear - 1);
        Assert.Equal("推進員が企画・実施した放課後・週末の体験活動がまだない", Reason(lastYear["elementarySchools"]!["notCovered"]!, small));

        (await coordinator.PutAsJsonAsync($"{Base}/activities/{activity}/sessions/{session}", Held(status: "Cancelled"))).EnsureSuccessStatusCode();
        var cancelled = await CoverageAsync(staff);
        Assert.Equal((0, 2, 0m), Share(cancelled["districts"]!));
        Assert.Equal(0, cancelled["volume"]!["volunteerParticipations"]!.GetValue<int>());

        (await coordinator.PutAsJsonAsync($"{Base}/activities/{activity}/sessions/{session}", Held([volunteer]))).EnsureSuccessStatusCode();
        Assert.Equal(1, Share((await CoverageAsync(staff))["districts"]!).Counted);
        (await staff.PostAsJsonAsync($"{Base}/commissions/{commission}/end",
            new { lastDay = new DateOnly(ThisFiscalYear, 3, 31).ToString("yyyy-MM-dd"), reason = "任期満了" })).EnsureSuccessStatusCode();
        Assert.Equal("推進員が委嘱されていない", Reason((await CoverageAsync(staff))["districts"]!["notCovered"]!, central));
    }

    [Fact]
    public async Task A_volunteer_listed_twice_is_one_participation_and_their_activity_follows_corrections_in_the_talent_register()
    {
        var staff = Api.ClientAs("staff");
        var district = await DistrictAsync(staff, "chitose-chu", "千歳中学校区");
        var school = await SchoolAsync(staff, district, "chitose-sho", "千歳小学校");
        var activity = await ActivityAsync(staff, district, [school], kind: "SchoolSupport", coordinatorRun: false);
        var volunteer = await TalentRegistry.TalentData.ActivePersonAsync(Api);

        var recorded = await staff.PostAsJsonAsync($"{Base}/activities/{activity}/sessions", Held([volunteer, volunteer], unregistered: 3));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var session = await recorded.JsonAsync();
        Assert.Equal(4, session["volunteerParticipations"]!.GetValue<int>());
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM school_community.participations"));
        var unknown = await staff.PostAsJsonAsync($"{Base}/activities/{activity}/sessions", Held([Guid.NewGuid().ToString()]));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var history = await EventuallyAsync(() => ActivitiesAsync(staff, volunteer), a => a.Count == 1);
        Assert.Equal(("ChildrenSupporter", "SchoolCommunityActivity"), (history[0]!["role"]!.GetValue<string>(), history[0]!["kind"]!.GetValue<string>()));

        var id = session["id"]!.GetValue<string>();
        (await staff.PutAsJsonAsync($"{Base}/activities/{activity}/sessions/{id}", Held(status: "Cancelled"))).EnsureSuccessStatusCode();
        await EventuallyAsync(() => ActivitiesAsync(staff, volunteer), a => a.All(r => r!["voidedAt"] is not null));
        (await staff.PutAsJsonAsync($"{Base}/activities/{activity}/sessions/{id}", Held([volunteer]))).EnsureSuccessStatusCode();
        var restored = await EventuallyAsync(() => ActivitiesAsync(staff, volunteer), a => a.Count == 1 && a[0]!["voidedAt"] is null);
        Assert.Single(restored);
    }

    [Fact]
    public async Task The_survey_snapshot_gives_the_figures_as_of_1_May_per_district_and_in_total()
    {
        var staff = Api.ClientAs("staff");
        var central = await DistrictAsync(staff, "chitose-chu", "千歳中学校区");
        var chitose = await SchoolAsync(staff, central, "chitose-sho", "千歳小学校");
        var small = await SchoolAsync(staff, central, "kita-sho", "北小学校");
        await SchoolAsync(staff, central, "chitose-chugakko", "千歳中学校", "JuniorHigh");
        (await staff.PutAsJsonAsync($"{Base}/schools/{small}/small-years/{ThisFiscalYear}", new { small = true, reason = "学級数が標準の12学級未満" })).EnsureSuccessStatusCode();
        var (_, _, coordinator) = await CoordinatorAsync(Api, "coordinator-survey", [central]);
        // Planned today, after 1 May: it is not in that day's figures.
        await ActivityAsync(coordinator, central, [chitose]);

        var response = await staff.GetAsync($"{Base}/coverage/survey-snapshot.csv?fiscalYear={ThisFiscalYear}&encoding=shift_jis");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var lines = System.Text.Encoding.GetEncoding(932).GetString(await response.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("中学校区,小学校数（義務教育学校を含む）", lines[0]);
        Assert.Equal("千歳中学校区,2,1,1,1,0,0,0,0", lines[1]);
        Assert.Equal("合計,2,1,1,1,0,0,0,0", lines[2]);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync($"{Base}/coverage/survey-snapshot.csv?encoding=latin1")).StatusCode);
    }

    private async Task<JsonNode> CoverageAsync(HttpClient staff, int? year = null) =>
        await (await staff.GetAsync($"{Base}/coverage{(year is { } y ? $"?fiscalYear={y}" : "")}")).JsonAsync();

    private static async Task<JsonArray> ActivitiesAsync(HttpClient staff, string personId) =>
        await (await staff.GetAsync($"/api/v1/talent/people/{personId}/activities")).JsonArrayAsync();

    private static string? Reason(JsonNode list, string id) =>
        list.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!["reason"]?.GetValue<string>();

    private static (int Counted, int Eligible, decimal? Share) Share(JsonNode share) =>
        (share["counted"]!.GetValue<int>(), share["eligible"]!.GetValue<int>(), share["share"]?.GetValue<decimal>());
}
