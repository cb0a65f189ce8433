using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;
using Manabi.IntegrationTests.TalentRegistry;
using static Manabi.IntegrationTests.Indicators.IndicatorsData;
using static Manabi.IntegrationTests.SchoolCommunity.SchoolCommunityData;

namespace Manabi.IntegrationTests.Indicators;

/// <summary>Measures counted live from what the modules report over HTTP, corrections included, each number with what it counted.</summary>
public sealed class ActualsTests(ApiFixture fixture) : ApiTest(fixture)
{
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
        // The page asked for before is not answered from before.
        items = await (await Api.CreateClient().GetAsync($"{Chitose}/measures/25-3a/items?fiscalYear={ThisFiscalYear}")).JsonAsync();
        Assert.Equal(1, items["total"]!.GetValue<int>());
        Assert.DoesNotContain(first, items["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_confirmed_year_keeps_its_numbers_and_shows_a_later_correction_as_a_change_after_confirmation()
    {
        var staff = Api.ClientAs("staff");
        var district = await DistrictAsync(staff, "chitose-chu", "千歳中学校区");
        var activity = await ActivityAsync(staff, district, [await SchoolAsync(staff, district, "chitose-sho", "千歳小学校")]);
        var lastYear = ThisFiscalYear - 1;
        var day = new DateOnly(lastYear, 6, 13).ToString("yyyy-MM-dd");
        var sessions = new List<string>();
        foreach (var startsAt in new[] { "09:30", "13:30" })
        {
            var held = await staff.PostAsJsonAsync($"{Base}/activities/{activity}/sessions", new { date = day, startsAt, status = "Held", children = 10, unregisteredHelpers = 1 });
            sessions.Add((await held.JsonAsync())["id"]!.GetValue<string>());
        }
        await EventuallyAsync(() => MeasureAsync("25-3a", lastYear), m => m["value"]?.GetValue<decimal>() == 2);

        Assert.Equal(422, (int)(await staff.PostAsync($"{Chitose}/years/{ThisFiscalYear}/confirm", null)).StatusCode); // not over yet
        var confirmed = await staff.PostAsync($"{Chitose}/years/{lastYear}/confirm", null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(2, (await confirmed.JsonAsync())["values"]!["25-3a"]!.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"{Chitose}/years/{lastYear}/confirm", null)).StatusCode);

        (await staff.PutAsJsonAsync($"{Base}/activities/{activity}/sessions/{sessions[0]}", new { date = day, startsAt = "09:30", status = "Cancelled" }))
            .EnsureSuccessStatusCode();
        var after = await EventuallyAsync(async () => (await MeasureAsync("25-3a", lastYear))["values"]!.AsArray()
            .Single(v => v!["fiscalYear"]!.GetValue<int>() == lastYear)!, v => v["changeAfterConfirmation"] is not null);
        Assert.Equal((2m, true, -1m), (after["value"]!.GetValue<decimal>(), after["confirmed"]!.GetValue<bool>(), after["changeAfterConfirmation"]!.GetValue<decimal>()));
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

        // Staff's own status for that year sits beside the computed one, which stays.
        var decided = await staff.PutAsJsonAsync($"{Chitose}/measures/23-2/status/2021", new { status = "LimitedProgress", reason = "集計方法が変わり前年と比べられない" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var overridden = await MeasureAsync("23-2", 2021);
        Assert.Equal(("NotAvailable", "LimitedProgress", "集計方法が変わり前年と比べられない"), (overridden["status"]!.GetValue<string>(),
            overridden["statusDecision"]!["status"]!.GetValue<string>(), overridden["statusDecision"]!["reason"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PutAsJsonAsync($"{Chitose}/measures/23-2/status/2021", new { status = "LimitedProgress" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await Api.ClientAs("learner").PutAsJsonAsync($"{Chitose}/measures/23-2/status/2021", new { status = "TargetAchieved", reason = "x" })).StatusCode);
    }

    [Fact]
    public async Task A_board_course_session_and_a_delivery_lecture_count_in_22_2_and_26_1_and_a_corrected_report_replaces_the_first()
    {
        var staff = Api.ClientAs("staff");
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var course = CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-3)); // its instructor is a citizen
        await partner.PushAsync(providerId, "history", course);
        course["boardBrokered"] = true;
        (await staff.PushAsync(providerId, "history", course)).EnsureSuccessStatusCode();
        var held = $"/api/v1/catalog/providers/{providerId}/opportunities/history/sessions/s1/held";
        (await partner.PostAsJsonAsync(held, new { participants = 12 })).EnsureSuccessStatusCode();
        (await partner.PostAsJsonAsync(held, new { participants = 13 })).EnsureSuccessStatusCode();

        var lecture = await DeliveredLectureAsync(staff, participants: 17);

        await EventuallyAsync(() => MeasureAsync("22-2b"), m => m["value"]?.GetValue<decimal>() == 30); // 13 (the corrected count) + 17
        Assert.Equal(2, (await MeasureAsync("22-2a"))["value"]!.GetValue<decimal>());
        Assert.Equal(2, (await MeasureAsync("26-1"))["value"]!.GetValue<decimal>());
        var items = await (await Api.CreateClient().GetAsync($"{Chitose}/measures/22-2a/items?fiscalYear={ThisFiscalYear}")).JsonAsync();
        Assert.Contains($"lecture:{lecture}", items["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        // The course is a stamp-rally programme too: 22-1 counts it once in the year, however often it was pushed.
        Assert.Equal(1, (await MeasureAsync("22-1a"))["value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_group_formed_after_a_board_course_counts_in_26_3_from_its_first_activity_report_and_only_once()
    {
        var staff = Api.ClientAs("staff");
        var board = (await (await staff.PostAsJsonAsync("/api/v1/catalog/providers", Http.ProviderBody("千歳市 生涯学習課", kind: "BoardOfEducation"))).JsonAsync())["id"]!.ToString();
        await staff.PostAsync($"/api/v1/catalog/providers/{board}/approve", null);
        var city = Api.PartnerClient(await staff.IssueApiKeyAsync(board));
        var course = (await (await city.PushAsync(board, "chitose-gaku", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddDays(-30)))).JsonAsync())["id"]!.ToString();
        var group = (await (await staff.PostAsJsonAsync("/api/v1/talent/learning-groups", new
        {
            name = "千歳学を楽しむ会", courseOpportunityId = course, formedOn = Today.ToString("yyyy-MM-dd"), representativeName = "千歳 太郎", memberCount = 12,
            fields = new[] { "local-culture.chitose-gaku" },
        })).JsonAsync())["id"]!.GetValue<string>();
        Assert.Null((await MeasureAsync("26-3"))["value"]); // formed, but no activity reported yet

        foreach (var summary in new[] { "史跡めぐりを3回行いました。", "勉強会を2回行いました。" })
        {
            (await staff.PostAsJsonAsync($"/api/v1/talent/learning-groups/{group}/reports", new { activityOn = Today.ToString("yyyy-MM-dd"), sessions = 2, summary }))
                .EnsureSuccessStatusCode();
        }

        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM indicators.inbox_messages WHERE consumer LIKE '%LearningGroupActivityReportedConsumer'"),
            n => n == 2);
        Assert.Equal(1, (await MeasureAsync("26-3"))["value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task The_plan_exports_as_a_CSV_Japanese_Excel_opens_and_a_cache_revalidates_it_until_a_value_changes()
    {
        var anonymous = Api.CreateClient();
        var response = await anonymous.GetAsync($"{Chitose}/export.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]); // the byte-order mark Excel needs to read UTF-8
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("施策項目,指標,数値,内容,単位,年度,値", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("25,25-3,25-3a,地域学校協働活動の実施回数,回,2019,459,計画の現状値,,459,2030,500回以上,", StringComparison.Ordinal));

        var etag = response.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Chitose}/export.csv") { Headers = { IfNoneMatch = { etag } } };
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again)).StatusCode);
        (await Api.ClientAs("staff").PutAsJsonAsync($"{Chitose}/measures/23-3/values/2020", new { value = 88, source = "令和2年度 事業報告" })).EnsureSuccessStatusCode();
        using var changed = new HttpRequestMessage(HttpMethod.Get, $"{Chitose}/export.csv") { Headers = { IfNoneMatch = { etag } } };
        Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(changed)).StatusCode);
    }

    private async Task<string> DeliveredLectureAsync(HttpClient staff, int participants)
    {
        var topic = await (await staff.PostAsJsonAsync("/api/v1/catalog/delivery-lectures/topics", new
        {
            title = "千歳の開拓の歴史", description = "開拓期の千歳について、郷土史研究会の会員がお話しします。", fieldCode = "local-culture.chitose-gaku",
            instructors = new object[] { new { name = "郷土史 花子", kind = "Citizen" } }, durationMinutes = 90, minimumGroupSize = 10, leadTimeDays = 14,
            onlinePossible = false,
        })).JsonAsync();
        var request = await (await Api.CreateClient().PostAsJsonAsync("/api/v1/catalog/delivery-lectures/requests", new
        {
            topicId = topic["id"]!.GetValue<string>(), groupName = "北栄町内会 老人クラブ", contactName = "千歳 一郎", contactPhone = "0123-11-2222",
            wishedDates = new[] { Today.AddDays(30).ToString("yyyy-MM-dd") }, expectedParticipants = 15,
        })).JsonAsync();
        var id = request["id"]!.GetValue<string>();
        var status = $"/api/v1/catalog/delivery-lectures/requests/{id}/status";
        (await staff.PostAsJsonAsync(status, new { status = "Arranging" })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync(status, new { status = "Scheduled", scheduledAt = DateTimeOffset.UtcNow.AddDays(30), place = "北栄会館" })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync(status, new { status = "Delivered", deliveredOn = Today.ToString("yyyy-MM-dd"), participants })).EnsureSuccessStatusCode();
        return id;
    }

    private Task<JsonNode> MeasureAsync(string code, int? year = null) => IndicatorsData.MeasureAsync(Api.CreateClient(), code, year);

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
