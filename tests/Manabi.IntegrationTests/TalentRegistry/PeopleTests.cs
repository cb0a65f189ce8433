using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.TalentRegistry;

/// <summary>From an application to the public directory, with the person in charge of what is shown.</summary>
public sealed class PeopleTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_accepted_applicant_appears_in_the_directory_without_contact_and_leaves_it_at_once_on_withdrawing_consent()
    {
        var citizen = Api.ClientAs("learner", "citizen-hanako");
        var applied = await citizen.PostAsJsonAsync("/api/v1/talent/people/me", TalentData.Form());
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var person = await applied.JsonAsync();
        Assert.Equal(("Applied", "審査待ち"), (person["status"]!.GetValue<string>(), person["statusName"]!.GetValue<string>()));
        var anonymous = Api.CreateClient();
        Assert.Equal(0, (await (await anonymous.GetAsync("/api/v1/talent/directory")).JsonAsync())["total"]!.GetValue<int>());

        var staff = Api.ClientAs("staff");
        var accepted = await (await staff.PostAsJsonAsync($"/api/v1/talent/people/{person["id"]}/status", new { status = "Active" })).JsonAsync();
        Assert.Equal("Active", accepted["status"]!.GetValue<string>());
        Assert.EndsWith("-03-31", accepted["termEndsOn"]!.GetValue<string>());

        var directory = await anonymous.GetStringAsync("/api/v1/talent/directory?field=local-culture");
        Assert.Contains("千歳 花子", directory);
        Assert.DoesNotContain("hanako@example.jp", directory);
        Assert.Equal("hanako@example.jp", (await (await citizen.GetAsync("/api/v1/talent/people/me")).JsonAsync())["contact"]!.GetValue<string>());

        var withdrawn = await citizen.PutAsJsonAsync("/api/v1/talent/people/me/publication", new { publish = false });
        Assert.False((await withdrawn.JsonAsync())["published"]!.GetValue<bool>());
        Assert.Equal(0, (await (await anonymous.GetAsync("/api/v1/talent/directory")).JsonAsync())["total"]!.GetValue<int>());
        // The person stays registered (and counted): only the publication went.
        Assert.Equal(1, (await (await staff.GetAsync("/api/v1/talent/people?status=Active")).JsonAsync())["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_suspended_or_declined_person_is_not_in_the_directory_and_wrong_moves_are_explained()
    {
        var staff = Api.ClientAs("staff");
        var id = await TalentData.ActivePersonAsync(Api);
        var declined = (await (await staff.PostAsJsonAsync("/api/v1/talent/people", TalentData.Form("見送り 太郎", "みおくり たろう"))).JsonAsync())["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/v1/talent/people/{declined}/status", new { status = "Declined", reason = "書類不備" })).StatusCode);

        var suspended = await staff.PostAsJsonAsync($"/api/v1/talent/people/{id}/status", new { status = "Suspended", reason = "本人の申し出" });
        Assert.Equal("Suspended", (await suspended.JsonAsync())["status"]!.GetValue<string>());
        Assert.Equal(0, (await (await Api.CreateClient().GetAsync("/api/v1/talent/directory")).JsonAsync())["total"]!.GetValue<int>());

        var noReason = await staff.PostAsJsonAsync($"/api/v1/talent/people/{id}/status", new { status = "Retired" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var wrong = await staff.PostAsJsonAsync($"/api/v1/talent/people/{declined}/status", new { status = "Suspended", reason = "誤操作" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal("登録状況を「登録見送り」から「一時停止」には変えられません。", (await wrong.JsonAsync())["detail"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/v1/talent/people/{id}/status", new { status = "Active" })).StatusCode);
        Assert.Equal(1, (await (await Api.CreateClient().GetAsync("/api/v1/talent/directory")).JsonAsync())["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_form_refuses_unknown_fields_minors_the_leader_role_and_a_missing_pledge_and_one_login_applies_once()
    {
        var citizen = Api.ClientAs("learner", "citizen-taro");
        var unknown = await citizen.PostAsJsonAsync("/api/v1/talent/people/me", TalentData.Form(fields: ["local-culture.history", "no-such-field"]));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("no-such-field", (await unknown.JsonAsync())["errors"]!["fields"]![0]!.GetValue<string>());
        var minor = await citizen.PostAsJsonAsync("/api/v1/talent/people/me", TalentData.Form(birthYear: DateTime.UtcNow.Year - 15));
        Assert.Equal("人材バンクには18歳以上の方が登録できます。生まれ年を確かめてください。",
            (await minor.JsonAsync())["errors"]!["birthYear"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.PostAsJsonAsync("/api/v1/talent/people/me", TalentData.Form(roles: ["CommunityLeader"]))).StatusCode);
        var noPledge = TalentData.Form();
        noPledge["pledge"] = false;
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.PostAsJsonAsync("/api/v1/talent/people/me", noPledge)).StatusCode);
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.people"));

        Assert.Equal(HttpStatusCode.Created, (await citizen.PostAsJsonAsync("/api/v1/talent/people/me", TalentData.Form())).StatusCode);
        var again = await citizen.PostAsJsonAsync("/api/v1/talent/people/me", TalentData.Form());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.people"));
    }

    [Fact]
    public async Task Staff_list_who_lapses_soon_and_renew_them_and_nobody_else_reaches_staff_routes()
    {
        var id = await TalentData.ActivePersonAsync(Api);
        // The term ends on 31 March of the next fiscal year: within 60 days only once that is near, so move it there.
        await Fixture.ExecuteAsync($"UPDATE talent.people SET term_ends_on = current_date + 30 WHERE id = '{id}'");
        var staff = Api.ClientAs("staff");

        var lapsing = await (await staff.GetAsync("/api/v1/talent/people?lapsingWithinDays=60")).JsonAsync();
        Assert.Equal(id, Assert.Single(lapsing["items"]!.AsArray())!["id"]!.GetValue<string>());
        await Fixture.ExecuteAsync($"UPDATE talent.people SET term_ends_on = current_date - 1 WHERE id = '{id}'");
        Assert.Equal("Lapsed", (await (await staff.GetAsync($"/api/v1/talent/people/{id}")).JsonAsync())["status"]!.GetValue<string>());
        Assert.Equal(0, (await (await Api.CreateClient().GetAsync("/api/v1/talent/directory")).JsonAsync())["total"]!.GetValue<int>());

        var renewed = await (await staff.PostAsync($"/api/v1/talent/people/{id}/renew", null)).JsonAsync();
        Assert.Equal("Active", renewed["status"]!.GetValue<string>());

        foreach (var caller in new[] { Api.ClientAs("learner", "someone"), Api.ClientAs("coordinator", "coordinator-1") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync("/api/v1/talent/people")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync($"/api/v1/talent/people/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.PostAsJsonAsync($"/api/v1/talent/people/{id}/status", new { status = "Retired", reason = "x" })).StatusCode);
        }
        // A citizen sees only their own registration: none here.
        Assert.Equal(HttpStatusCode.NotFound, (await Api.ClientAs("learner", "someone").GetAsync("/api/v1/talent/people/me")).StatusCode);
    }
}
