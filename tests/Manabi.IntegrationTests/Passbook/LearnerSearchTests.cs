using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Passbook;

public sealed class LearnerSearchTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Counter_staff_find_a_learner_by_number_or_name_and_each_listed_record_logs_the_read()
    {
        var staff = Api.ClientAs("staff", "counter-staff");
        var hanako = await (await staff.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" })).JsonAsync();
        await staff.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "千歳 太郎", nameKana = "ちとせ たろう", consentVersion = "2026-04" });
        await staff.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "苫小牧 一郎", nameKana = "とまこまい いちろう", consentVersion = "2026-04" });

        var chitose = await (await staff.GetAsync("/api/v1/passbook/learners?q=" + Uri.EscapeDataString("ちとせ"))).JsonAsync();
        Assert.Equal(2, chitose["total"]!.GetValue<int>());
        Assert.Equal(["千歳 太郎", "千歳 花子"], chitose["items"]!.AsArray().Select(l => l!["displayName"]!.GetValue<string>()));
        Assert.DoesNotContain("contact", chitose["items"]![0]!.AsObject().Select(p => p.Key));
        var byNumber = await (await staff.GetAsync($"/api/v1/passbook/learners?passbookNumber={hanako["passbookNumber"]}")).JsonAsync();
        Assert.Equal(hanako["id"]!.GetValue<string>(), Assert.Single(byNumber["items"]!.AsArray())!["id"]!.GetValue<string>());

        Assert.Equal(3L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.personal_data_reads WHERE what = 'learner-search'"));
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/v1/passbook/learners")).StatusCode); // no listing everyone at once
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("learner", "someone").GetAsync("/api/v1/passbook/learners?q=x")).StatusCode);
    }

    [Fact]
    public async Task Staff_rename_and_retire_levels_but_credits_reached_by_someone_stay_fixed()
    {
        var staff = Api.ClientAs("staff");
        var level = await (await staff.PostAsJsonAsync("/api/v1/passbook/levels", new { name = "銅の手帳", credits = 3 })).JsonAsync();
        var id = level["id"]!.GetValue<string>();

        var renamed = await staff.PutAsJsonAsync($"/api/v1/passbook/levels/{id}", new { name = "銅のしおり", credits = 4 });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(4m, (await renamed.JsonAsync())["credits"]!.GetValue<decimal>());

        // A learner reaches it: from then on its credits are fixed, though it can still be renamed.
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-1), sessions: 1));
        var session = (await partner.SessionIdsAsync(providerId, "c1"))[0];
        var number = (await (await staff.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "千歳 次郎", nameKana = "ちとせ じろう", consentVersion = "2026-04" })).JsonAsync())["passbookNumber"]!.GetValue<string>();
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n == 1);
        var low = (await (await staff.PostAsJsonAsync("/api/v1/passbook/levels", new { name = "はじめの一歩", credits = 1 })).JsonAsync())["id"]!.GetValue<string>();
        await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session });
        var fixedCredits = await staff.PutAsJsonAsync($"/api/v1/passbook/levels/{low}", new { name = "はじめの一歩", credits = 2 });
        Assert.Equal(HttpStatusCode.Conflict, fixedCredits.StatusCode);
        Assert.Equal("level-in-use", (await fixedCredits.JsonAsync())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/v1/passbook/levels/{low}", new { name = "最初の一歩", credits = 1 })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/passbook/levels/{id}/retire", null)).StatusCode);
        Assert.Equal(["最初の一歩"], (await (await staff.GetAsync("/api/v1/passbook/levels")).JsonArrayAsync()).Select(l => l!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsync($"/api/v1/passbook/levels/{Guid.NewGuid()}/retire", null)).StatusCode);
    }
}
