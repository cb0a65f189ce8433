using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.TalentRegistry;

/// <summary>The spreadsheet round trip: the good rows land, the bad ones say why, and nothing counts twice.</summary>
public sealed class ActivityUploadTests(ApiFixture fixture) : ApiTest(fixture)
{
    static ActivityUploadTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task A_Shift_JIS_file_with_one_bad_row_lands_the_good_rows_names_the_bad_one_and_changes_nothing_when_sent_again()
    {
        var first = await TalentData.ActivePersonAsync(Api, TalentData.Form(roles: ["Volunteer"]));
        var second = await TalentData.ActivePersonAsync(Api, TalentData.Form("北栄 次郎", "ほくえい じろう", roles: ["Volunteer"]));
        var csv = "personId,role,kind,date,hours,reference,title\r\n" +
            $"{first},Volunteer,SocialEducationProgramme,2026/11/03,3,公民館まつり,公民館まつりの受付\r\n" +
            $"{second},Volunteer,SocialEducationProgramme,2026/11/03,3,公民館まつり,\"受付、案内\"\r\n" +
            $"{second},Helper,SocialEducationProgramme,2026/11/04,2,こども教室,\r\n";
        var bytes = Encoding.GetEncoding(932).GetBytes(csv);

        var result = await UploadAsync(bytes);

        Assert.Equal((2, 0, 1), (result["created"]!.GetValue<int>(), result["unchanged"]!.GetValue<int>(), result["rejected"]!.GetValue<int>()));
        var bad = result["rows"]!.AsArray()[2]!;
        Assert.Equal(4, bad["line"]!.GetValue<int>());
        Assert.Equal("役割（role）は Instructor・Volunteer・Leader・ChildrenSupporter のいずれかです。",
            bad["problem"]!["errors"]!["role"]![0]!.GetValue<string>());
        var history = await (await Api.ClientAs("staff").GetAsync($"/api/v1/talent/people/{second}/activities")).JsonArrayAsync();
        Assert.Equal("受付、案内", Assert.Single(history)!["title"]!.GetValue<string>()); // the CP932 text read back as written

        var again = await UploadAsync(bytes);
        Assert.Equal((0, 2, 1), (again["created"]!.GetValue<int>(), again["unchanged"]!.GetValue<int>(), again["rejected"]!.GetValue<int>()));
        Assert.Equal(result["rows"]![0]!["activityId"]!.GetValue<string>(), again["rows"]![0]!["activityId"]!.GetValue<string>());
        Assert.Equal(2L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.activity_records"));
    }

    [Fact]
    public async Task A_session_Catalog_reported_and_the_same_session_in_a_staff_spreadsheet_are_one_record()
    {
        var personId = await TalentData.ActivePersonAsync(Api);
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var opportunity = CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-3));
        opportunity["instructors"]!.AsArray().Add(new JsonObject { ["name"] = "千歳 花子", ["kind"] = "Citizen", ["personId"] = personId });
        await partner.PushAsync(providerId, "history", opportunity);
        var sessionId = (await partner.SessionIdsAsync(providerId, "history"))[0];
        await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities/history/sessions/s1/held", new { participants = 12 });
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.activity_records"), n => n == 1);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).ToString("yyyy-MM-dd");
        var result = await UploadAsync(Encoding.UTF8.GetBytes($"\uFEFFpersonId,role,kind,date,sessionId\n{personId},Instructor,CourseSession,{today},{sessionId}\n"));

        Assert.Equal("Unchanged", result["rows"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.activity_records"));
    }

    [Fact]
    public async Task A_file_without_the_required_columns_or_with_too_many_rows_is_refused_whole()
    {
        var missing = await Api.ClientAs("staff").PostAsync("/api/v1/talent/activities/upload", Csv(Encoding.UTF8.GetBytes("personId,role\nx,y\n")));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("kind, date", (await missing.JsonAsync())["errors"]!["file"]![0]!.GetValue<string>());
        var rows = string.Concat(Enumerable.Repeat($"{Guid.NewGuid()},Volunteer,Other,2026-11-01\n", 5001));
        var tooMany = await Api.ClientAs("staff").PostAsync("/api/v1/talent/activities/upload", Csv(Encoding.UTF8.GetBytes("personId,role,kind,date\n" + rows)));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("learner", "x").PostAsync("/api/v1/talent/activities/upload", Csv([]))).StatusCode);
    }

    private async Task<JsonObject> UploadAsync(byte[] bytes)
    {
        var response = await Api.ClientAs("staff").PostAsync("/api/v1/talent/activities/upload", Csv(bytes));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static ByteArrayContent Csv(byte[] bytes) =>
        new(bytes) { Headers = { ContentType = new("text/csv") } };
}
