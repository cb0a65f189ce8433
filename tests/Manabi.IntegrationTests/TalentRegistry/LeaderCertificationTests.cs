using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.TalentRegistry;

/// <summary>24-1: a leader training, its register, certification with an Open Badges 3.0 credential, and revocation.</summary>
public sealed class LeaderCertificationTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static string Day(int offset) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(offset).ToString("yyyy-MM-dd");

    private async Task<string> TrainingAsync(HttpClient staff, string name = "ひと・まちづくりリーダー養成講座")
    {
        var defined = await staff.PostAsJsonAsync("/api/v1/talent/leader-trainings", new
        {
            name, fiscalYear = 2026, partnerCommittee = "千歳市社会教育委員会",
            sessions = new[] { new { date = Day(-20), title = "地域を知る" }, new { date = Day(-10), title = "人をつなぐ" }, new { date = Day(-30), title = "開講式" } },
            minimumSessionsAttended = 2, practicalActivityRequired = true,
        });
        Assert.Equal(HttpStatusCode.Created, defined.StatusCode);
        var training = await defined.JsonAsync();
        Assert.Equal(["開講式", "地域を知る", "人をつなぐ"], training["sessions"]!.AsArray().Select(s => s!["title"]!.GetValue<string>()));
        return training["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_trainee_who_meets_the_rule_is_certified_with_a_credential_that_verifies_and_is_revoked_with_the_certification()
    {
        var staff = Api.ClientAs("staff");
        var training = await TrainingAsync(staff);
        var (personId, citizen) = await TalentData.ActiveCitizenAsync(Api, "leader-hanako", TalentData.Form(roles: ["Volunteer"]));
        var other = await TalentData.ActivePersonAsync(Api, TalentData.Form(name: "千歳 次郎", kana: "ちとせ じろう"));
        foreach (var trainee in new[] { personId, other })
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/v1/talent/leader-trainings/{training}/trainees", new { personId = trainee })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/talent/leader-trainings/{training}/trainees", new { personId })).StatusCode);

        await staff.PutAsJsonAsync($"/api/v1/talent/leader-trainings/{training}/sessions/1/attendance", new { personIds = new[] { personId, other } });
        var early = await staff.PostAsync($"/api/v1/talent/leader-trainings/{training}/trainees/{personId}/certification", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        var problem = await early.JsonAsync();
        Assert.Equal("completion-rule-not-met", problem["code"]!.GetValue<string>());
        Assert.Contains("出席があと 1 回足りません", problem["detail"]!.GetValue<string>());
        Assert.Contains("実践活動の報告がまだです", problem["detail"]!.GetValue<string>());

        // The register is the whole list: sending session 2 twice, corrected, leaves only who was there.
        await staff.PutAsJsonAsync($"/api/v1/talent/leader-trainings/{training}/sessions/2/attendance", new { personIds = new[] { personId, other } });
        await staff.PutAsJsonAsync($"/api/v1/talent/leader-trainings/{training}/sessions/2/attendance", new { personIds = new[] { personId } });
        await staff.PutAsJsonAsync($"/api/v1/talent/leader-trainings/{training}/trainees/{personId}/practical-activity",
            new { activityOn = Day(-5), summary = "町内会の子ども会で昔遊びの会を開いた" });
        var progress = await (await staff.GetAsync($"/api/v1/talent/leader-trainings/{training}")).JsonAsync();
        var trainees = progress["trainees"]!.AsArray().ToDictionary(t => t!["personId"]!.GetValue<string>());
        Assert.Equal([1, 2], trainees[personId]!["attendedSessions"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.True(trainees[personId]!["meetsCompletionRule"]!.GetValue<bool>());
        Assert.Equal(1, trainees[other]!["sessionsMissing"]!.GetValue<int>());

        var certified = await staff.PostAsync($"/api/v1/talent/leader-trainings/{training}/trainees/{personId}/certification", null);
        Assert.Equal(HttpStatusCode.Created, certified.StatusCode);
        var certification = await certified.JsonAsync();
        Assert.Matches(@"^\d{4}-\d{4}$", certification["number"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict,
            (await staff.PostAsync($"/api/v1/talent/leader-trainings/{training}/trainees/{personId}/certification", null)).StatusCode);
        Assert.Contains("CommunityLeader", (await (await citizen.GetAsync("/api/v1/talent/people/me")).JsonAsync())["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        // The holder presents it; anyone verifies it with the same JWKS and issuer as Passbook's credentials.
        var mine = Assert.Single(await (await citizen.GetAsync("/api/v1/talent/people/me/certifications")).JsonArrayAsync())!;
        var token = mine["credential"]!.GetValue<string>();
        var anonymous = Api.CreateClient();
        var jwt = await Credentials.VerifyAsync(anonymous, token);
        Assert.Equal("JWT", jwt.Typ);
        var vc = Credentials.Payload(token);
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], vc["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal($"urn:uuid:{personId}", vc["credentialSubject"]!["id"]!.GetValue<string>());
        Assert.Equal("千歳 花子", vc["credentialSubject"]!["name"]!.GetValue<string>());
        Assert.Contains(certification["number"]!.GetValue<string>(), vc["description"]!.GetValue<string>());
        var achievement = await (await anonymous.GetAsync(vc["credentialSubject"]!["achievement"]!["id"]!.GetValue<string>())).JsonAsync();
        Assert.Equal("ひと・まちづくりリーダー", achievement["name"]!.GetValue<string>());
        Assert.Equal("千歳市教育委員会", (await (await anonymous.GetAsync(jwt.Issuer)).JsonAsync())["name"]!.GetValue<string>());
        Assert.False(await Credentials.RevokedInStatusListAsync(anonymous, vc["credentialStatus"]!));

        var id = certification["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsJsonAsync($"/api/v1/talent/leader-certifications/{id}/revoke", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/talent/leader-certifications/{id}/revoke", new { reason = "認定の誤り" })).StatusCode);

        Assert.True(await Credentials.RevokedInStatusListAsync(anonymous, vc["credentialStatus"]!));
        Assert.DoesNotContain("CommunityLeader", (await (await citizen.GetAsync("/api/v1/talent/people/me")).JsonAsync())["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Empty(await (await staff.GetAsync("/api/v1/talent/leader-certifications")).JsonArrayAsync());
        var all = Assert.Single(await (await staff.GetAsync("/api/v1/talent/leader-certifications?includeRevoked=true")).JsonArrayAsync())!;
        Assert.Equal(("revoked", "認定の誤り"), (all["status"]!.GetValue<string>(), all["revocationReason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_register_refuses_strangers_only_active_people_enrol_and_only_staff_run_trainings()
    {
        var staff = Api.ClientAs("staff");
        var training = await TrainingAsync(staff);
        var stranger = await TalentData.ActivePersonAsync(Api);
        var register = await staff.PutAsJsonAsync($"/api/v1/talent/leader-trainings/{training}/sessions/1/attendance", new { personIds = new[] { stranger } });
        Assert.Equal(HttpStatusCode.BadRequest, register.StatusCode);
        Assert.Contains(stranger, (await register.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound,
            (await staff.PutAsJsonAsync($"/api/v1/talent/leader-trainings/{training}/sessions/4/attendance", new { personIds = Array.Empty<string>() })).StatusCode);

        var applied = (await (await staff.PostAsJsonAsync("/api/v1/talent/people", TalentData.Form())).JsonAsync())["id"]!.GetValue<string>();
        var enrol = await staff.PostAsJsonAsync($"/api/v1/talent/leader-trainings/{training}/trainees", new { personId = applied });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, enrol.StatusCode);
        Assert.Equal("person-not-active", (await enrol.JsonAsync())["code"]!.GetValue<string>());

        var tooStrict = await staff.PostAsJsonAsync("/api/v1/talent/leader-trainings", new
        {
            name = "短期講座", fiscalYear = 2026, sessions = new[] { new { date = Day(1), title = "1回だけ" } },
            minimumSessionsAttended = 2, practicalActivityRequired = false,
        });
        Assert.Equal(HttpStatusCode.BadRequest, tooStrict.StatusCode);
        Assert.Contains("minimumSessionsAttended", await tooStrict.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync("/api/v1/talent/leader-trainings", new
        {
            name = "ひと・まちづくりリーダー養成講座", fiscalYear = 2026, sessions = new[] { new { date = Day(1), title = "初回" } },
            minimumSessionsAttended = 1, practicalActivityRequired = false,
        })).StatusCode);

        foreach (var role in new[] { "learner", "coordinator" })
        {
            var client = Api.ClientAs(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/talent/leader-trainings")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/talent/leader-trainings/{training}/trainees/{stranger}/certification", null)).StatusCode);
        }
    }

    [Fact]
    public async Task Erasure_withdraws_the_credential_that_names_the_person_but_the_certification_still_counts()
    {
        var staff = Api.ClientAs("staff");
        var defined = await staff.PostAsJsonAsync("/api/v1/talent/leader-trainings", new
        {
            name = "リーダー講座（短期）", fiscalYear = 2026, sessions = new[] { new { date = Day(-3), title = "全1回" } },
            minimumSessionsAttended = 1, practicalActivityRequired = false,
        });
        var training = (await defined.JsonAsync())["id"]!.GetValue<string>();
        var (personId, citizen) = await TalentData.ActiveCitizenAsync(Api, "leader-erased", TalentData.Form());
        await staff.PostAsJsonAsync($"/api/v1/talent/leader-trainings/{training}/trainees", new { personId });
        await staff.PutAsJsonAsync($"/api/v1/talent/leader-trainings/{training}/sessions/1/attendance", new { personIds = new[] { personId } });
        var token = (await (await staff.PostAsync($"/api/v1/talent/leader-trainings/{training}/trainees/{personId}/certification", null)).JsonAsync())["credential"]!.GetValue<string>();
        var export = await (await citizen.GetAsync("/api/v1/talent/people/me/personal-data")).JsonAsync();
        Assert.Equal(token, Assert.Single(export["certifications"]!.AsArray())!["credential"]!.GetValue<string>());
        Assert.Equal([1], Assert.Single(export["trainings"]!.AsArray())!["attendedSessions"]!.AsArray().Select(n => n!.GetValue<int>()));

        Assert.Equal(HttpStatusCode.NoContent, (await citizen.DeleteAsync("/api/v1/talent/people/me")).StatusCode);

        Assert.True(await Credentials.RevokedInStatusListAsync(Api.CreateClient(), Credentials.Payload(token)["credentialStatus"]!));
        var kept = Assert.Single(await (await staff.GetAsync("/api/v1/talent/leader-certifications")).JsonArrayAsync())!;
        Assert.Equal(("valid", (JsonNode?)null), (kept["status"]!.GetValue<string>(), kept["credential"]));
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.leader_certifications WHERE token IS NOT NULL"));
    }
}
