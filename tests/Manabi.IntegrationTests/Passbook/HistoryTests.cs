using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Passbook;

public sealed class HistoryTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_history_lists_every_stamp_with_totals_and_survives_a_lost_passbook()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api, "ちとせ郷土史研究会");
        await partner.PushAsync(providerId, "history", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddDays(-14), sessions: 2));
        await partner.PushAsync(providerId, "music", CatalogData.Opportunity(title: "市民合唱", kana: "しみんがっしょう", field: "arts.music", start: DateTimeOffset.UtcNow.AddDays(-1), sessions: 1));
        var hanako = Api.ClientAs("learner", "hanako");
        var me = await (await hanako.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" })).JsonAsync();
        var number = me["passbookNumber"]!.GetValue<string>();
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n == 3);
        var sessions = new List<Guid>();
        foreach (var id in new[] { "history", "music" })
        {
            sessions.AddRange(await partner.SessionIdsAsync(providerId, id));
        }
        var stampIds = new List<string>();
        foreach (var session in sessions)
        {
            stampIds.Add((await (await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session })).JsonAsync())["stampId"]!.GetValue<string>());
        }
        await partner.PostAsJsonAsync($"/api/v1/passbook/stamps/{stampIds[0]}/void", new { reason = "記録違い" });

        var history = await (await hanako.GetAsync("/api/v1/passbook/learners/me/history")).JsonAsync();
        Assert.Equal(2m, history["totalCredits"]!.GetValue<decimal>());
        var stamps = history["stamps"]!.AsArray();
        Assert.Equal(3, stamps.Count);
        Assert.Equal("市民合唱", stamps[0]!["programmeTitle"]!.GetValue<string>()); // newest session first, titles from Catalog
        Assert.Equal("ちとせ郷土史研究会", stamps[0]!["providerName"]!.GetValue<string>());
        Assert.Single(stamps, s => s!["voided"]!.GetValue<bool>());
        Assert.Equal(["arts.music", "local-culture.history"], history["byField"]!.AsArray().Select(f => f!["key"]!.GetValue<string>()));
        Assert.Equal(2, history["byFiscalYear"]!.AsArray().Sum(y => y!["stamps"]!.GetValue<int>()));

        // Lost passbook: a new number, the old one stops working, the history carries over.
        var staff = Api.ClientAs("staff", "counter-staff");
        var reissued = await (await staff.PostAsync($"/api/v1/passbook/learners/{me["id"]}/reissue", null)).JsonAsync();
        Assert.NotEqual(number, reissued["passbookNumber"]!.GetValue<string>());
        var withOld = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = sessions[0] });
        Assert.Equal(HttpStatusCode.NotFound, withOld.StatusCode);
        var afterReissue = await (await hanako.GetAsync("/api/v1/passbook/learners/me/history")).JsonAsync();
        Assert.Equal(2m, afterReissue["totalCredits"]!.GetValue<decimal>());

        // Others see nothing; staff reads are audited.
        Assert.Equal(HttpStatusCode.NotFound, (await Api.ClientAs("learner", "taro").GetAsync($"/api/v1/passbook/learners/{me["id"]}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/passbook/learners/{me["id"]}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/passbook/learners/{me["id"]}")).StatusCode);
        Assert.Equal("history,registration", await Fixture.ScalarAsync<string>(
            "SELECT string_agg(what, ',' ORDER BY what) FROM passbook.personal_data_reads WHERE reader = 'staff:counter-staff'"));
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.personal_data_reads WHERE reader NOT LIKE 'staff:%'"));
    }
}
