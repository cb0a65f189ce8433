using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Passbook;

public sealed class CheckInTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<(HttpClient Partner, Guid Now, Guid Tomorrow, HttpClient Learner)> SetUpAsync(string subject = "hanako")
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "now", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddMinutes(5), sessions: 1));
        await partner.PushAsync(providerId, "tomorrow", CatalogData.Opportunity(title: "明日の講座", start: DateTimeOffset.UtcNow.AddDays(1), sessions: 1));
        var now = (await partner.SessionIdsAsync(providerId, "now"))[0];
        var tomorrow = (await partner.SessionIdsAsync(providerId, "tomorrow"))[0];
        var learner = Api.ClientAs("learner", subject);
        await learner.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" });
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n == 2);
        return (partner, now, tomorrow, learner);
    }

    [Fact]
    public async Task A_learner_checks_in_with_the_venue_code_and_every_path_gives_one_stamp()
    {
        var (partner, session, _, learner) = await SetUpAsync();
        var shown = await (await partner.GetAsync($"/api/v1/passbook/sessions/{session}/check-in-code")).JsonAsync();
        var code = shown["code"]!.GetValue<string>();
        Assert.Matches($@"^MNBCI2\.{session}\.[0-9a-f]{{16}}$", code);

        var checkIn = await learner.PostAsJsonAsync("/api/v1/passbook/check-ins", new { code });
        Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);
        Assert.Equal("CheckIn", (await checkIn.JsonAsync())["method"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await learner.PostAsJsonAsync("/api/v1/passbook/check-ins", new { code })).StatusCode);
        var number = (await (await learner.GetAsync("/api/v1/passbook/learners/me")).JsonAsync())["passbookNumber"]!.GetValue<string>();
        var byProvider = await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session });
        Assert.Equal(HttpStatusCode.OK, byProvider.StatusCode); // the check-in already gave it
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps"));
    }

    [Fact]
    public async Task Codes_outside_the_window_forged_or_from_another_session_are_refused_clearly()
    {
        var (partner, session, tomorrow, learner) = await SetUpAsync();
        var tomorrowCode = (await (await partner.GetAsync($"/api/v1/passbook/sessions/{tomorrow}/check-in-code")).JsonAsync())["code"]!.GetValue<string>();
        var closed = await learner.PostAsJsonAsync("/api/v1/passbook/check-ins", new { code = tomorrowCode });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, closed.StatusCode);
        Assert.Equal("check-in-closed", (await closed.JsonAsync())["code"]!.GetValue<string>());

        // Another session's digits under this session's id: not this session's code.
        var borrowed = $"MNBCI2.{session}.{tomorrowCode[^16..]}";
        var wrong = await learner.PostAsJsonAsync("/api/v1/passbook/check-ins", new { code = borrowed });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal("check-in-code-invalid", (await wrong.JsonAsync())["code"]!.GetValue<string>());

        var malformed = await Api.ClientAs("learner", "hanako", "en").PostAsJsonAsync("/api/v1/passbook/check-ins", new { code = "hello" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("scan the venue's QR code", (await malformed.JsonAsync())["errors"]!["code"]![0]!.GetValue<string>());
        var (_, other) = await CatalogData.ApprovedPartnerAsync(Api, "他の団体");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/passbook/sessions/{session}/check-in-code")).StatusCode);
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps"));
    }

    [Fact]
    public async Task Wrong_codes_in_a_row_stop_check_in_until_the_next_code_and_spare_other_learners()
    {
        // A subject of its own: wrong codes are counted in the host's memory, across tests.
        var (partner, session, _, learner) = await SetUpAsync($"guesser-{Guid.NewGuid():N}");
        var code = (await (await partner.GetAsync($"/api/v1/passbook/sessions/{session}/check-in-code")).JsonAsync())["code"]!.GetValue<string>();
        var guesses = Enumerable.Range(0, 6).Select(i => $"MNBCI2.{session}.{i:x16}").ToList();
        // The limit is per 30-second code period: start early in one, so all the guesses fall in it.
        var intoPeriod = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() % 30_000;
        if (intoPeriod > 15_000)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(30_000 - intoPeriod + 200));
        }

        var answers = new List<HttpResponseMessage>();
        foreach (var guess in guesses)
        {
            answers.Add(await learner.PostAsJsonAsync("/api/v1/passbook/check-ins", new { code = guess }));
        }
        var rightCodeAfterwards = await learner.PostAsJsonAsync("/api/v1/passbook/check-ins", new { code });

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.UnprocessableEntity, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[5].StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightCodeAfterwards.StatusCode);
        var retryAfter = rightCodeAfterwards.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter.TotalSeconds, 1, 30);
        Http.AssertProblem(await rightCodeAfterwards.JsonAsync(), 429);
        // Someone else at the same venue checks in as usual.
        var jiro = Api.ClientAs("learner", "jiro");
        await jiro.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "千歳 次郎", nameKana = "ちとせ じろう", consentVersion = "2026-04" });
        var fresh = (await (await partner.GetAsync($"/api/v1/passbook/sessions/{session}/check-in-code")).JsonAsync())["code"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Created, (await jiro.PostAsJsonAsync("/api/v1/passbook/check-ins", new { code = fresh })).StatusCode);
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps"));
    }

    [Fact]
    public async Task An_attendance_list_stamps_each_row_on_its_own()
    {
        var (partner, session, _, learner) = await SetUpAsync();
        var staff = Api.ClientAs("staff");
        var hanako = (await (await learner.GetAsync("/api/v1/passbook/learners/me")).JsonAsync())["passbookNumber"]!.GetValue<string>();
        var jiro = (await (await staff.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "窓口 次郎", nameKana = "まどぐち じろう", consentVersion = "2026-04" })).JsonAsync())["passbookNumber"]!.GetValue<string>();
        await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = hanako, sessionId = session });
        var typo = hanako[..^1] + (char)('0' + (hanako[^1] - '0' + 1) % 10);

        var response = await partner.PostAsJsonAsync($"/api/v1/passbook/sessions/{session}/attendance",
            new { passbookNumbers = new[] { jiro, hanako, typo, "0000-0000-000" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.Equal(["stamped", "already-stamped", "invalid-number", "unknown-passbook"], result["rows"]!.AsArray().Select(r => r!["result"]!.GetValue<string>()));
        Assert.Equal(2L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps"));
        Assert.Equal("Bulk", await Fixture.ScalarAsync<string>("SELECT method FROM passbook.stamps WHERE method <> 'Attendance'"));
    }

    [Fact]
    public async Task Two_attendance_lists_with_the_same_people_in_opposite_orders_both_go_through()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "morning", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-3), sessions: 1));
        await partner.PushAsync(providerId, "noon", CatalogData.Opportunity(title: "昼の講座", start: DateTimeOffset.UtcNow.AddHours(-1), sessions: 1));
        var morning = (await partner.SessionIdsAsync(providerId, "morning"))[0];
        var noon = (await partner.SessionIdsAsync(providerId, "noon"))[0];
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n == 2);
        var staff = Api.ClientAs("staff");
        var numbers = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var registered = await staff.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = $"参加者 {i}", nameKana = "さんかしゃ", consentVersion = "2026-04" });
            numbers.Add((await registered.JsonAsync())["passbookNumber"]!.GetValue<string>());
        }
        var reversed = Enumerable.Reverse(numbers).ToArray();

        // Each list locks its learners one by one until it commits: in opposite orders they would deadlock.
        var responses = await Task.WhenAll(
            partner.PostAsJsonAsync($"/api/v1/passbook/sessions/{morning}/attendance", new { passbookNumbers = numbers }),
            partner.PostAsJsonAsync($"/api/v1/passbook/sessions/{noon}/attendance", new { passbookNumbers = reversed }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(80L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.stamps"));
    }
}
