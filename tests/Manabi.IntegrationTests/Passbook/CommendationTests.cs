using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Passbook;

public sealed class CommendationTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Crossing_a_level_commends_once_and_a_void_below_it_withdraws()
    {
        var staff = Api.ClientAs("staff");
        await staff.PostAsJsonAsync("/api/v1/passbook/levels", new { name = "銅の手帳", credits = 2 });
        await staff.PostAsJsonAsync("/api/v1/passbook/levels", new { name = "銀の手帳", credits = 3 });
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddDays(-21), sessions: 3));
        var sessions = await partner.SessionIdsAsync(providerId, "c1");
        var number = (await (await staff.PostAsJsonAsync("/api/v1/passbook/learners",
            new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" })).JsonAsync())["passbookNumber"]!.GetValue<string>();
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n == 3);

        var stamps = new List<string>();
        foreach (var session in sessions)
        {
            stamps.Add((await (await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session })).JsonAsync())["stampId"]!.GetValue<string>());
            await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session }); // a repeat changes nothing
        }
        var pending = await (await staff.GetAsync("/api/v1/passbook/commendations")).JsonArrayAsync();
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.personal_data_reads WHERE what = 'commendation-list'")); // names shown: audited
        Assert.Equal(new[] { "銅の手帳", "銀の手帳" }.Order(), pending.Select(c => c!["levelName"]!.GetValue<string>()).Order());

        var bronze = pending.Single(c => c!["levelName"]!.GetValue<string>() == "銅の手帳")!["id"]!.GetValue<string>();
        var award = await (await staff.PostAsJsonAsync("/api/v1/passbook/commendations/award", new { commendationIds = new[] { bronze }, ceremonyDate = "2027-03-01" })).JsonAsync();
        Assert.Equal(1, award["awarded"]!.GetValue<int>());

        // Void one stamp: 2 credits left, silver falls away, bronze (awarded) stays.
        Assert.Equal(HttpStatusCode.NoContent, (await partner.PostAsJsonAsync($"/api/v1/passbook/stamps/{stamps[2]}/void", new { reason = "出席の記録違い" })).StatusCode);
        Assert.Empty(await (await staff.GetAsync("/api/v1/passbook/commendations")).JsonArrayAsync());
        Assert.Single(await (await staff.GetAsync("/api/v1/passbook/commendations?status=Awarded")).JsonArrayAsync());
        // Void another: below bronze too, and the awarded commendation is withdrawn.
        await staff.PostAsJsonAsync($"/api/v1/passbook/stamps/{stamps[1]}/void", new { reason = "重複入力" });
        var withdrawn = await (await staff.GetAsync("/api/v1/passbook/commendations?status=Withdrawn")).JsonArrayAsync();
        Assert.Equal(2, withdrawn.Count);
        Assert.Equal(2L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.commendations"));
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.outbox_messages WHERE event_type LIKE '%CommendationAwarded%'"));
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.outbox_messages WHERE event_type LIKE '%CommendationWithdrawn%'"));
        Assert.Equal(3L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps")); // voided stamps stay on record

        // Stamped again later? The same session cannot be stamped twice; a new level counts past stamps.
        await staff.PostAsJsonAsync("/api/v1/passbook/levels", new { name = "はじめの一歩", credits = 1 });
        Assert.Single(await (await staff.GetAsync("/api/v1/passbook/commendations")).JsonArrayAsync());
    }

    [Fact]
    public async Task A_stamp_voided_by_mistake_can_be_given_again_and_its_credits_count_again()
    {
        var staff = Api.ClientAs("staff");
        await staff.PostAsJsonAsync("/api/v1/passbook/levels", new { name = "銅の手帳", credits = 2 });
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddDays(-14), sessions: 2));
        var sessions = await partner.SessionIdsAsync(providerId, "c1");
        var number = (await (await staff.PostAsJsonAsync("/api/v1/passbook/learners",
            new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" })).JsonAsync())["passbookNumber"]!.GetValue<string>();
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n == 2);
        await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = sessions[0] });
        var mistaken = (await (await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = sessions[1] })).JsonAsync())["stampId"]!.GetValue<string>();
        await staff.PostAsJsonAsync($"/api/v1/passbook/stamps/{mistaken}/void", new { reason = "別の人の番号と取り違え" });
        Assert.Empty(await (await staff.GetAsync("/api/v1/passbook/commendations")).JsonArrayAsync());

        var again = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = sessions[1] });
        var repeat = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = sessions[1] });

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var stampId = (await again.JsonAsync())["stampId"]!.GetValue<string>();
        Assert.NotEqual(mistaken, stampId);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode); // still one counting stamp per session
        Assert.Equal(stampId, (await repeat.JsonAsync())["stampId"]!.GetValue<string>());
        Assert.Single(await (await staff.GetAsync("/api/v1/passbook/commendations")).JsonArrayAsync()); // reinstated
        Assert.Equal(3L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps")); // the voided one stays on record
    }

    [Fact]
    public async Task Only_staff_or_the_issuing_provider_may_void_and_a_reason_is_required()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var (_, other) = await CatalogData.ApprovedPartnerAsync(Api, "他の団体");
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-1)));
        var session = (await partner.SessionIdsAsync(providerId, "c1"))[0];
        var number = (await (await Api.ClientAs("staff").PostAsJsonAsync("/api/v1/passbook/learners",
            new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" })).JsonAsync())["passbookNumber"]!.GetValue<string>();
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n > 0);
        var stamp = (await (await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session })).JsonAsync())["stampId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/passbook/stamps/{stamp}/void", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PostAsJsonAsync($"/api/v1/passbook/stamps/{stamp}/void", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("learner").PostAsJsonAsync($"/api/v1/passbook/stamps/{stamp}/void", new { reason = "x" })).StatusCode);
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps WHERE voided_at IS NOT NULL"));
    }
}
