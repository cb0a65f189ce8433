using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Passbook;

public sealed class StampRuleTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_session_that_has_not_started_gives_no_stamp_by_any_path()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "later", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddDays(3), sessions: 1));
        var session = (await partner.SessionIdsAsync(providerId, "later"))[0];
        var number = await RegisterAsync("early");
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n == 1);

        var single = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, single.StatusCode);
        Assert.Equal("session-not-started", (await single.JsonAsync())["code"]!.GetValue<string>());
        var list = await partner.PostAsJsonAsync($"/api/v1/passbook/sessions/{session}/attendance", new { passbookNumbers = new[] { number } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, list.StatusCode);

        Assert.Equal(0, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps"));
        Assert.Equal(0, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.commendations"));
    }

    [Fact]
    public async Task After_a_learner_deletes_their_data_no_passbook_number_of_theirs_takes_a_stamp()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "now", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-1), sessions: 1));
        var session = (await partner.SessionIdsAsync(providerId, "now"))[0];
        var learner = Api.ClientAs("learner", "leaving");
        var number = await RegisterAsync("leaving");
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n == 1);

        Assert.Equal(HttpStatusCode.NoContent, (await learner.DeleteAsync("/api/v1/passbook/learners/me")).StatusCode);

        var digits = await Fixture.ScalarAsync<string>("SELECT passbook_number FROM passbook.learners");
        foreach (var candidate in new[] { number, digits })
        {
            var stamp = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = candidate, sessionId = session });
            Assert.Equal(HttpStatusCode.NotFound, stamp.StatusCode);
        }
        Assert.Equal(0, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps"));
    }

    [Fact]
    public async Task The_door_scanner_can_send_the_cards_signed_QR_code_instead_of_the_number()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "now", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-1), sessions: 1));
        var session = (await partner.SessionIdsAsync(providerId, "now"))[0];
        var learner = Api.ClientAs("learner", "scanned");
        await RegisterAsync("scanned");
        var card = (await (await learner.GetAsync("/api/v1/passbook/learners/me")).JsonAsync())["qrPayload"]!.GetValue<string>();
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n == 1);

        var forged = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { cardPayload = card[..^2] + (card[^2] == 'A' ? "BB" : "AA"), sessionId = session });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True((await forged.JsonAsync())["errors"]!.AsObject().ContainsKey("cardPayload"));
        var both = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { cardPayload = card, passbookNumber = card.Split('.')[1], sessionId = session });
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(0, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps"));

        var scanned = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { cardPayload = card, sessionId = session });
        Assert.Equal(HttpStatusCode.Created, scanned.StatusCode);
        Assert.Single((await (await learner.GetAsync("/api/v1/passbook/learners/me/history")).JsonAsync())["stamps"]!.AsArray());
    }

    private async Task<string> RegisterAsync(string subject)
    {
        var response = await Api.ClientAs("learner", subject).PostAsJsonAsync("/api/v1/passbook/learners",
            new { displayName = "千歳 太郎", nameKana = "ちとせ たろう", consentVersion = "2026-04" });
        return (await response.JsonAsync())["passbookNumber"]!.GetValue<string>();
    }
}
