using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.TalentRegistry;

/// <summary>Coordination: a need, the people who fit it (and why the others do not), their answers, and the activity that follows.</summary>
public sealed class MatchingTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
    private static readonly DateOnly NextSaturday = Today.AddDays(((int)DayOfWeek.Saturday - (int)Today.DayOfWeek + 7) % 7 + 7);
    private static int ThisFiscalYear => Today.Month >= 4 ? Today.Year : Today.Year - 1;

    [Fact]
    public async Task Matching_ranks_by_field_area_and_recent_load_and_says_why_the_others_are_left_out()
    {
        var staff = Api.ClientAs("staff");
        var fresh = await VolunteerAsync("新人 花子", "しんじん はなこ");
        var busy = await VolunteerAsync("常連 太郎", "じょうれん たろう");
        for (var i = 1; i <= 3; i++)
        {
            await staff.PostAsJsonAsync("/api/v1/talent/activities", new
            {
                personId = busy, role = "Volunteer", kind = "SocialEducationProgramme", date = Today.AddDays(-10 * i).ToString("yyyy-MM-dd"), reference = $"行事{i}",
            });
        }
        var elsewhere = await VolunteerAsync("北部 次郎", "ほくぶ じろう", area: "北部");
        var suspended = await VolunteerAsync("休止 三郎", "きゅうし さぶろう");
        await staff.PostAsJsonAsync($"/api/v1/talent/people/{suspended}/status", new { status = "Suspended", reason = "本人の申し出" });
        var lapsed = await VolunteerAsync("期限 四郎", "きげん しろう");
        await Fixture.ExecuteAsync($"UPDATE talent.people SET term_ends_on = current_date - 1 WHERE id = '{lapsed}'");
        var uninsured = await VolunteerAsync("無保険 五郎", "むほけん ごろう", insured: false);
        var sundays = await VolunteerAsync("日曜 六郎", "にちよう ろくろう", weekday: "Sunday");
        var need = await NeedAsync(staff, "子ども自然教室の見守り", [NextSaturday]);

        var result = await (await staff.GetAsync($"/api/v1/talent/needs/{need}/matches")).JsonAsync();

        Assert.Equal([fresh, busy, elsewhere], result["matches"]!.AsArray().Select(m => m!["personId"]!.GetValue<string>()));
        Assert.Contains("この1年の活動なし（新しい方に声をかける機会）", result["matches"]![0]!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains("分野が一致（local-culture.history）", result["matches"]![0]!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));
        var excluded = result["excluded"]!.AsArray().ToDictionary(e => e!["personId"]!.GetValue<string>(), e => e!["code"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string>
        {
            [suspended] = "not-active", [lapsed] = "not-active", [uninsured] = "gate-lapsed", [sundays] = "unavailable",
        }, excluded);
        var refused = await staff.PostAsJsonAsync($"/api/v1/talent/needs/{need}/proposals", new { personId = uninsured });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("ボランティア活動保険", (await refused.JsonAsync())["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_suspension_a_new_activity_or_a_proposal_shows_in_the_very_next_match()
    {
        var staff = Api.ClientAs("staff");
        var hanako = await VolunteerAsync("千歳 花子", "ちとせ はなこ");
        var taro = await VolunteerAsync("千歳 太郎", "ちとせ たろう");
        var need = await NeedAsync(staff, "公民館まつりの受付", [NextSaturday]);
        var before = await (await staff.GetAsync($"/api/v1/talent/needs/{need}/matches")).JsonAsync();
        Assert.Equal(2, before["matches"]!.AsArray().Count);

        await staff.PostAsJsonAsync($"/api/v1/talent/people/{hanako}/status", new { status = "Suspended", reason = "本人の申し出" });
        foreach (var day in new[] { -3, -40 })
        {
            await staff.PostAsJsonAsync("/api/v1/talent/activities", new
            {
                personId = taro, role = "Volunteer", kind = "SocialEducationProgramme", date = Today.AddDays(day).ToString("yyyy-MM-dd"), reference = $"行事{day}",
            });
        }
        var after = await (await staff.GetAsync($"/api/v1/talent/needs/{need}/matches")).JsonAsync();

        var match = Assert.Single(after["matches"]!.AsArray())!;
        Assert.Equal((taro, 2), (match["personId"]!.GetValue<string>(), match["recentActivities"]!.GetValue<int>()));
        Assert.Contains("この1年の活動 2 回", match["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("not-active", Assert.Single(after["excluded"]!.AsArray())!["code"]!.GetValue<string>());

        // A proposal changes the list too, though nobody's registration moved.
        await staff.PostAsJsonAsync($"/api/v1/talent/needs/{need}/proposals", new { personId = taro });
        var proposed = await (await staff.GetAsync($"/api/v1/talent/needs/{need}/matches")).JsonAsync();
        Assert.Empty(proposed["matches"]!.AsArray());
        Assert.Equal(2, proposed["excludedByReason"]!.AsObject().Sum(r => r.Value!.GetValue<int>()));
        Assert.Equal(1, proposed["excludedByReason"]!["already-proposed"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_person_answers_only_their_own_proposals_and_cannot_take_two_at_the_same_time()
    {
        var staff = Api.ClientAs("staff");
        var (hanako, hanakoClient) = await CitizenVolunteerAsync("citizen-hanako", "千歳 花子", "ちとせ はなこ");
        var (_, taroClient) = await CitizenVolunteerAsync("citizen-taro", "千歳 太郎", "ちとせ たろう");
        var first = await NeedAsync(staff, "公民館まつりの受付", [NextSaturday]);
        var second = await NeedAsync(staff, "図書館の読み聞かせ補助", [NextSaturday]);
        await staff.PostAsJsonAsync($"/api/v1/talent/needs/{first}/proposals", new { personId = hanako });
        await staff.PostAsJsonAsync($"/api/v1/talent/needs/{second}/proposals", new { personId = hanako });
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/talent/needs/{first}/proposals", new { personId = hanako })).StatusCode);

        var mine = await (await hanakoClient.GetAsync("/api/v1/talent/people/me/proposals")).JsonArrayAsync();
        Assert.Equal(2, mine.Count);
        Assert.Empty(await (await taroClient.GetAsync("/api/v1/talent/people/me/proposals")).JsonArrayAsync());
        var firstProposal = mine.Single(p => p!["needId"]!.GetValue<string>() == first)!["id"]!.GetValue<string>();
        var secondProposal = mine.Single(p => p!["needId"]!.GetValue<string>() == second)!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NotFound,
            (await taroClient.PostAsJsonAsync($"/api/v1/talent/people/me/proposals/{firstProposal}/answer", new { accept = true })).StatusCode);

        var accepted = await (await hanakoClient.PostAsJsonAsync($"/api/v1/talent/people/me/proposals/{firstProposal}/answer", new { accept = true })).JsonAsync();
        Assert.Equal("Accepted", accepted["status"]!.GetValue<string>());
        var overlapping = await hanakoClient.PostAsJsonAsync($"/api/v1/talent/people/me/proposals/{secondProposal}/answer", new { accept = true });
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Equal("overlapping-assignment", (await overlapping.JsonAsync())["code"]!.GetValue<string>());
        var third = await NeedAsync(staff, "同じ日の別の依頼", [NextSaturday]);
        var matches = await (await staff.GetAsync($"/api/v1/talent/needs/{third}/matches")).JsonAsync();
        Assert.Equal("already-assigned", matches["excluded"]!.AsArray().Single(e => e!["personId"]!.GetValue<string>() == hanako)!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await hanakoClient.GetAsync($"/api/v1/talent/needs/{first}/matches")).StatusCode);
    }

    [Fact]
    public async Task After_its_date_a_need_turns_its_assignments_into_activity_records_once()
    {
        var staff = Api.ClientAs("staff");
        var (hanako, client) = await CitizenVolunteerAsync("citizen-hanako", "千歳 花子", "ちとせ はなこ");
        var need = await NeedAsync(staff, "公民館まつりの受付", [NextSaturday]);
        await staff.PostAsJsonAsync($"/api/v1/talent/needs/{need}/proposals", new { personId = hanako });
        var proposal = (await (await client.GetAsync("/api/v1/talent/people/me/proposals")).JsonArrayAsync())[0]!["id"]!.GetValue<string>();
        await client.PostAsJsonAsync($"/api/v1/talent/people/me/proposals/{proposal}/answer", new { accept = true });
        Assert.Equal("need-not-over", (await (await staff.PostAsync($"/api/v1/talent/needs/{need}/complete", null)).JsonAsync())["code"]!.GetValue<string>());

        // The festival took place: move the need's day into the past.
        await Fixture.ExecuteAsync($"UPDATE talent.needs SET dates = ARRAY[current_date - 2] WHERE id = '{need}'");
        var completed = await (await staff.PostAsync($"/api/v1/talent/needs/{need}/complete", null)).JsonAsync();

        Assert.Equal("Completed", completed["status"]!.GetValue<string>());
        var activity = Assert.Single(await (await client.GetAsync("/api/v1/talent/people/me/activities")).JsonArrayAsync())!;
        Assert.Equal(("Volunteer", "公民館まつりの受付"), (activity["role"]!.GetValue<string>(), activity["title"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.PostAsync($"/api/v1/talent/needs/{need}/complete", null)).StatusCode);
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.activity_records"));
    }

    [Fact]
    public async Task A_group_asks_through_the_site_and_follows_its_need_without_seeing_who_was_asked()
    {
        var group = Api.ClientAs("learner", "nature-club-rep");
        var request = new JsonObject
        {
            ["title"] = "自然観察会の案内役", ["requester"] = "CitizenGroup", ["requesterName"] = "ちとせ自然の会", ["role"] = "Volunteer",
            ["fields"] = new JsonArray("local-culture"), ["area"] = "中央", ["dates"] = new JsonArray(NextSaturday.ToString("yyyy-MM-dd")),
            ["band"] = "Morning", ["peopleNeeded"] = 2,
        };
        var asked = await group.PostAsJsonAsync("/api/v1/talent/needs/mine", request);
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var need = (await asked.JsonAsync())["id"]!.GetValue<string>();
        request["requester"] = "Board";
        Assert.Equal(HttpStatusCode.BadRequest, (await group.PostAsJsonAsync("/api/v1/talent/needs/mine", request)).StatusCode);

        var staff = Api.ClientAs("staff");
        var (hanako, hanakoClient) = await CitizenVolunteerAsync("citizen-guide", "千歳 花子", "ちとせ はなこ");
        await staff.PostAsJsonAsync($"/api/v1/talent/needs/{need}/proposals", new { personId = hanako });
        var proposal = Assert.Single(await (await hanakoClient.GetAsync("/api/v1/talent/people/me/proposals")).JsonArrayAsync())!["id"]!.GetValue<string>();
        await hanakoClient.PostAsJsonAsync($"/api/v1/talent/people/me/proposals/{proposal}/answer", new { accept = true });

        var followed = await group.GetAsync($"/api/v1/talent/needs/{need}/status");
        var body = await followed.Content.ReadAsStringAsync();
        var status = await followed.JsonAsync();
        Assert.Equal(("Open", 1), (status["status"]!.GetValue<string>(), status["peopleAssigned"]!.GetValue<int>()));
        Assert.Equal("2 人のうち 1 人に決まりました。引き続きお探ししています。", status["statusText"]!.GetValue<string>());
        Assert.DoesNotContain(hanako, body);
        Assert.Single(await (await group.GetAsync("/api/v1/talent/needs/mine")).JsonArrayAsync());

        var otherGroup = Api.ClientAs("learner", "another-rep");
        Assert.Equal(HttpStatusCode.NotFound, (await otherGroup.GetAsync($"/api/v1/talent/needs/{need}/status")).StatusCode);
        Assert.Empty(await (await otherGroup.GetAsync("/api/v1/talent/needs/mine")).JsonArrayAsync());
    }

    [Fact]
    public async Task A_children_supporter_without_the_safeguarding_training_is_left_out_until_staff_record_it()
    {
        var staff = Api.ClientAs("staff");
        var form = Form("見守り 花子", "みまもり はなこ", "中央", "Saturday");
        form["roles"] = new JsonArray("ChildrenSupporter");
        var id = await TalentData.ActivePersonAsync(Api, form);
        await staff.PutAsJsonAsync($"/api/v1/talent/people/{id}/insurance", new { fiscalYear = ThisFiscalYear });
        var response = await staff.PostAsJsonAsync("/api/v1/talent/needs", new
        {
            title = "放課後子ども教室の見守り", requester = "SchoolCommunityActivity", requesterName = "千歳小学校", role = "ChildrenSupporter",
            fields = new[] { "local-culture" }, area = "中央", dates = new[] { NextSaturday.ToString("yyyy-MM-dd") }, band = "Morning", peopleNeeded = 1,
        });
        var need = (await response.JsonAsync())["id"]!.GetValue<string>();

        var before = await (await staff.GetAsync($"/api/v1/talent/needs/{need}/matches")).JsonAsync();
        var excluded = Assert.Single(before["excluded"]!.AsArray())!;
        Assert.Equal("gate-lapsed", excluded["code"]!.GetValue<string>());
        Assert.Equal("必要な研修（child-safeguarding）が未受講か有効期限切れ", excluded["reason"]!.GetValue<string>());

        (await staff.PutAsJsonAsync($"/api/v1/talent/people/{id}/trainings/child-safeguarding",
            new { completedOn = Today.AddYears(-1).ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        var after = await (await staff.GetAsync($"/api/v1/talent/needs/{need}/matches")).JsonAsync();
        Assert.Equal(id, Assert.Single(after["matches"]!.AsArray())!["personId"]!.GetValue<string>());
    }

    private async Task<string> VolunteerAsync(string name, string kana, string area = "中央", bool insured = true, string weekday = "Saturday")
    {
        var id = await TalentData.ActivePersonAsync(Api, Form(name, kana, area, weekday));
        if (insured)
        {
            (await Api.ClientAs("staff").PutAsJsonAsync($"/api/v1/talent/people/{id}/insurance", new { fiscalYear = ThisFiscalYear })).EnsureSuccessStatusCode();
        }
        return id;
    }

    private async Task<(string Id, HttpClient Client)> CitizenVolunteerAsync(string subject, string name, string kana)
    {
        var (id, client) = await TalentData.ActiveCitizenAsync(Api, subject, Form(name, kana, "中央", "Saturday"));
        (await Api.ClientAs("staff").PutAsJsonAsync($"/api/v1/talent/people/{id}/insurance", new { fiscalYear = ThisFiscalYear })).EnsureSuccessStatusCode();
        return (id, client);
    }

    private static JsonObject Form(string name, string kana, string area, string weekday)
    {
        var form = TalentData.Form(name, kana, roles: ["Volunteer"], area: area);
        form["availability"] = new JsonArray(new JsonObject { ["weekday"] = weekday, ["band"] = "Morning" });
        return form;
    }

    private static async Task<string> NeedAsync(HttpClient staff, string title, DateOnly[] dates)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/talent/needs", new
        {
            title, requester = "CitizenGroup", requesterName = "ちとせ自然の会", role = "Volunteer", fields = new[] { "local-culture" }, area = "中央",
            dates = dates.Select(d => d.ToString("yyyy-MM-dd")), band = "Morning", peopleNeeded = 2,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync())["id"]!.GetValue<string>();
    }
}
