using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Passbook;

public sealed class PassbookTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static object Registration(string name = "千歳 花子") => new { displayName = name, nameKana = "ちとせ はなこ", birthYear = 1960, area = "北部", consentVersion = "2026-04" };

    [Fact]
    public async Task A_learner_registers_once_and_sees_only_their_own_passbook()
    {
        var hanako = Api.ClientAs("learner", "hanako");
        var created = await hanako.PostAsJsonAsync("/api/v1/passbook/learners", Registration());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var passbook = await created.JsonAsync();
        Assert.Matches(@"^\d{4}-\d{4}-\d{3}$", passbook["passbookNumber"]!.GetValue<string>());
        Assert.StartsWith($"MNBPB1.{passbook["passbookNumber"]!.GetValue<string>().Replace("-", "")}.", passbook["qrPayload"]!.GetValue<string>());

        var again = await hanako.PostAsJsonAsync("/api/v1/passbook/learners", Registration());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var me = await (await hanako.GetAsync("/api/v1/passbook/learners/me")).JsonAsync();
        Assert.Equal(passbook["id"]!.GetValue<string>(), me["id"]!.GetValue<string>());

        var taro = Api.ClientAs("learner", "taro");
        Assert.Equal(HttpStatusCode.NotFound, (await taro.GetAsync($"/api/v1/passbook/learners/{passbook["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await taro.GetAsync("/api/v1/passbook/learners/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.ClientAs("staff").GetAsync($"/api/v1/passbook/learners/{passbook["id"]}")).StatusCode);
        var registered = await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.outbox_messages WHERE event_type LIKE '%LearnerRegistered%'"), n => n == 1);
        Assert.Equal(1L, registered);
        Assert.DoesNotContain("千歳 花子", await Fixture.ScalarAsync<string>("SELECT payload::text FROM passbook.outbox_messages"));
    }

    [Fact]
    public async Task Staff_register_a_citizen_at_the_counter_and_consent_is_required()
    {
        var staff = Api.ClientAs("staff");
        var counter = await staff.PostAsJsonAsync("/api/v1/passbook/learners", Registration("窓口 次郎"));
        Assert.Equal(HttpStatusCode.Created, counter.StatusCode);
        var noConsent = await staff.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "同意 なし", nameKana = "どうい なし" });
        Assert.Equal(HttpStatusCode.BadRequest, noConsent.StatusCode);
        Assert.Contains("同意", (await noConsent.JsonAsync())["errors"]!["consentVersion"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_provider_stamps_an_attended_session_exactly_once()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var opportunity = await (await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-1)))).JsonAsync();
        var session = (await partner.SessionIdsAsync(providerId, "c1"))[0];
        var number = (await (await Api.ClientAs("learner", "hanako").PostAsJsonAsync("/api/v1/passbook/learners", Registration())).JsonAsync())["passbookNumber"]!.GetValue<string>();
        await WaitForProgrammeAsync(session);

        var first = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session });
        var again = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number.Replace("-", ""), sessionId = session });
        var byStaff = await Api.ClientAs("staff").PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var stamp = await first.JsonAsync();
        Assert.Equal(1m, stamp["credits"]!.GetValue<decimal>());
        Assert.Equal(opportunity["id"]!.GetValue<string>(), stamp["opportunityId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await again.JsonAsync())["created"]!.GetValue<bool>());
        Assert.Equal(stamp["stampId"]!.GetValue<string>(), (await byStaff.JsonAsync())["stampId"]!.GetValue<string>());
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps"));
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.outbox_messages WHERE event_type LIKE '%StampRecorded%'"));
    }

    [Fact]
    public async Task Simultaneous_duplicates_still_give_one_stamp()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-1)));
        var session = (await partner.SessionIdsAsync(providerId, "c1"))[0];
        var number = (await (await Api.ClientAs("staff").PostAsJsonAsync("/api/v1/passbook/learners", Registration())).JsonAsync())["passbookNumber"]!.GetValue<string>();
        await WaitForProgrammeAsync(session);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session })));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps"));
    }

    [Fact]
    public async Task Stamps_are_refused_for_typos_other_providers_and_programmes_that_stopped()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var (_, other) = await CatalogData.ApprovedPartnerAsync(Api, "他の団体");
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-1)));
        var session = (await partner.SessionIdsAsync(providerId, "c1"))[0];
        var number = (await (await Api.ClientAs("staff").PostAsJsonAsync("/api/v1/passbook/learners", Registration())).JsonAsync())["passbookNumber"]!.GetValue<string>();
        await WaitForProgrammeAsync(session);
        var digits = number.Replace("-", "");
        var at = Enumerable.Range(0, digits.Length - 1).First(i => digits[i] != digits[i + 1]); // a swap that changes the number
        var swapped = digits[..at] + digits[at + 1] + digits[at] + digits[(at + 2)..];

        var typo = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = swapped, sessionId = session });
        var foreign = await other.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session });
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        await partner.DeleteAsync($"/api/v1/catalog/providers/{providerId}/opportunities/c1");
        await EventuallyAsync(() => Fixture.ScalarAsync<bool>("SELECT NOT published FROM passbook.programmes LIMIT 1"), withdrawn => withdrawn);
        var late = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Equal("not-accepting-stamps", (await late.JsonAsync())["code"]!.GetValue<string>());
    }


    private async Task WaitForProgrammeAsync(Guid sessionId) =>
        await EventuallyAsync(() => Fixture.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM passbook.programme_sessions WHERE session_id = $1)", sessionId), found => found);
}
