using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Passbook;

public sealed class PersonalDataTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_learner_downloads_their_data_then_deletion_erases_it_without_moving_the_counts()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-1)));
        var session = (await partner.SessionIdsAsync(providerId, "c1"))[0];
        var hanako = Api.ClientAs("learner", "hanako");
        var me = await (await hanako.PostAsJsonAsync("/api/v1/passbook/learners",
            new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", birthYear = 1960, contact = "hanako@example.jp", consentVersion = "2026-04" })).JsonAsync();
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n == 1);
        await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = me["passbookNumber"]!.GetValue<string>(), sessionId = session });
        await Api.ClientAs("staff", "counter").GetAsync($"/api/v1/passbook/learners/{me["id"]}");

        var export = await hanako.GetAsync("/api/v1/passbook/learners/me/personal-data");
        Assert.Contains("attachment", export.Content.Headers.ContentDisposition!.ToString());
        var data = await export.JsonAsync();
        Assert.Equal("hanako@example.jp", data["learner"]!["contact"]!.GetValue<string>());
        Assert.Single(data["stamps"]!.AsArray());
        Assert.Equal("registration", data["staffReads"]![0]!["what"]!.GetValue<string>());

        var before = await EventuallyAsync(LearnersCountedAsync, n => n == 1);

        Assert.Equal(HttpStatusCode.NoContent, (await hanako.DeleteAsync("/api/v1/passbook/learners/me")).StatusCode);

        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.outbox_messages WHERE processed_at IS NULL"), n => n == 0);
        Assert.Equal(before, await LearnersCountedAsync()); // the city's indicator does not move

        Assert.Equal(HttpStatusCode.NotFound, (await hanako.GetAsync("/api/v1/passbook/learners/me")).StatusCode);
        Assert.Equal(0L, await Fixture.ScalarAsync<long>(
            "SELECT count(*) FROM passbook.learners WHERE display_name <> '' OR name_kana <> '' OR contact IS NOT NULL OR birth_year IS NOT NULL OR subject IS NOT NULL"));
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps")); // the stamp still counts, anonymously
        var oldNumber = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = me["passbookNumber"]!.GetValue<string>(), sessionId = session });
        Assert.Equal(HttpStatusCode.NotFound, oldNumber.StatusCode);
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.outbox_messages WHERE event_type NOT LIKE '%LearnerRegistered%' AND event_type NOT LIKE '%StampRecorded%'"));
        // The same person may register again later, as a new learner.
        Assert.Equal(HttpStatusCode.Created, (await hanako.PostAsJsonAsync("/api/v1/passbook/learners",
            new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" })).StatusCode);
    }

    private async Task<int> LearnersCountedAsync()
    {
        var series = await (await Api.CreateClient().GetAsync("/api/v1/indicators/computations/StampRallyLearners")).JsonAsync();
        return series["years"]!.AsArray().Sum(y => y!["items"]!.GetValue<int>());
    }
}
