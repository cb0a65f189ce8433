using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.TalentRegistry;

/// <summary>Learning groups formed after board courses (26-3) and the center's consultations (23-3).</summary>
public sealed class GroupAndConsultationTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_group_forms_only_after_a_board_course_and_keeps_acting_in_the_years_it_reports()
    {
        var staff = Api.ClientAs("staff");
        var board = (await (await staff.PostAsJsonAsync("/api/v1/catalog/providers", Http.ProviderBody("千歳市 生涯学習課", kind: "BoardOfEducation"))).JsonAsync())["id"]!.ToString();
        await staff.PostAsync($"/api/v1/catalog/providers/{board}/approve", null);
        var city = Api.PartnerClient(await staff.IssueApiKeyAsync(board));
        var course = (await (await city.PushAsync(board, "chitose-gaku", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddDays(-30)))).JsonAsync())["id"]!.ToString();
        var (partnerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var notBoard = (await (await partner.PushAsync(partnerId, "theirs", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddDays(-30)))).JsonAsync())["id"]!.ToString();
        var upcoming = (await (await city.PushAsync(board, "next", CatalogData.Opportunity(title: "これからの講座"))).JsonAsync())["id"]!.ToString();
        object Body(string courseId) => new
        {
            name = "千歳学を楽しむ会", courseOpportunityId = courseId, formedOn = Today, representativeName = "千歳 太郎", memberCount = 12,
            fields = new[] { "local-culture.chitose-gaku" },
        };

        var wrongCourse = await staff.PostAsJsonAsync("/api/v1/talent/learning-groups", Body(notBoard));
        Assert.Equal(HttpStatusCode.BadRequest, wrongCourse.StatusCode);
        Assert.NotNull((await wrongCourse.JsonAsync())["errors"]!["courseOpportunityId"]);
        var tooEarly = await staff.PostAsJsonAsync("/api/v1/talent/learning-groups", Body(upcoming));
        Assert.Equal("course-not-ended", (await tooEarly.JsonAsync())["code"]!.GetValue<string>());
        var formed = await staff.PostAsJsonAsync("/api/v1/talent/learning-groups", Body(course));
        Assert.Equal(HttpStatusCode.Created, formed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync("/api/v1/talent/learning-groups", Body(course))).StatusCode);
        var id = (await formed.JsonAsync())["id"]!.GetValue<string>();

        var thisYear = DateTime.UtcNow.AddHours(9) is var now && now.Month >= 4 ? now.Year : now.Year - 1;
        Assert.Empty(await (await staff.GetAsync($"/api/v1/talent/learning-groups?activeIn={thisYear}")).JsonArrayAsync());
        var reported = await (await staff.PostAsJsonAsync($"/api/v1/talent/learning-groups/{id}/reports",
            new { activityOn = Today, sessions = 3, summary = "史跡めぐりを3回行いました。" })).JsonAsync();
        Assert.Equal([thisYear], reported["activeFiscalYears"]!.AsArray().Select(y => y!.GetValue<int>()));
        Assert.Single(await (await staff.GetAsync($"/api/v1/talent/learning-groups?activeIn={thisYear}")).JsonArrayAsync());
        Assert.Empty(await (await staff.GetAsync($"/api/v1/talent/learning-groups?activeIn={thisYear - 1}")).JsonArrayAsync());
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.outbox_messages WHERE event_type LIKE '%LearningGroupActivityReported%'"));
    }

    [Fact]
    public async Task Consultations_count_per_fiscal_year_and_follow_ups_stay_listed_until_done()
    {
        var staff = Api.ClientAs("staff");
        var personId = await TalentData.ActivePersonAsync(Api);
        var now = DateTimeOffset.UtcNow.AddHours(-1);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/v1/talent/consultations",
            new { heldAt = now, channel = "Visit", topic = "Volunteering", outcome = "ReferredToGroup" })).StatusCode);
        var followUp = await (await staff.PostAsJsonAsync("/api/v1/talent/consultations",
            new { heldAt = now, channel = "Phone", topic = "FindingInstructor", personId, outcome = "FollowUpNeeded", notes = "講師候補を来週連絡" })).JsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync("/api/v1/talent/consultations",
            new { heldAt = now.AddDays(2), channel = "Phone", topic = "Other", outcome = "InformationGiven" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsJsonAsync("/api/v1/talent/consultations",
            new { heldAt = now, channel = "Phone", topic = "Other", personId = Guid.NewGuid(), outcome = "InformationGiven" })).StatusCode);

        Assert.Equal(2, (await (await staff.GetAsync("/api/v1/talent/consultations")).JsonAsync())["total"]!.GetValue<int>());
        var open = await (await staff.GetAsync("/api/v1/talent/consultations?followUp=true")).JsonAsync();
        Assert.Equal(followUp["id"]!.GetValue<string>(), Assert.Single(open["items"]!.AsArray())!["id"]!.GetValue<string>());
        await staff.PostAsync($"/api/v1/talent/consultations/{followUp["id"]}/follow-up-done", null);
        Assert.Equal(0, (await (await staff.GetAsync("/api/v1/talent/consultations?followUp=true")).JsonAsync())["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("learner", "x").GetAsync("/api/v1/talent/consultations")).StatusCode);
    }
}
