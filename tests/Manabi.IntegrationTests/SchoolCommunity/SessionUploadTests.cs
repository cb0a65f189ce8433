using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;
using static Manabi.IntegrationTests.SchoolCommunity.SchoolCommunityData;

namespace Manabi.IntegrationTests.SchoolCommunity;

/// <summary>The spreadsheet round trip of schools on a closed network: template out, sessions in, nothing twice.</summary>
public sealed class SessionUploadTests(ApiFixture fixture) : ApiTest(fixture)
{
    static SessionUploadTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task A_CP932_file_with_one_bad_row_lands_the_good_rows_names_the_bad_one_and_changes_nothing_when_sent_again()
    {
        var staff = Api.ClientAs("staff");
        var district = await DistrictAsync(staff, "chitose-chu", "千歳中学校区");
        var school = await SchoolAsync(staff, district, "chitose-sho", "千歳小学校");
        var (_, _, coordinator) = await CoordinatorAsync(Api, "coordinator-upload", [district]);
        var activity = await ActivityAsync(coordinator, district, [school]);
        var other = await DistrictAsync(staff, "hokuyo-chu", "北陽中学校区");
        var theirs = await ActivityAsync(staff, other, []);
        var volunteer = await TalentRegistry.TalentData.ActivePersonAsync(Api);

        var template = await coordinator.GetAsync($"{Base}/sessions/upload-template?encoding=shift_jis");
        Assert.Equal("Shift_JIS", template.Content.Headers.ContentType!.CharSet);
        var lines = Encoding.GetEncoding(932).GetString(await template.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length); // the header, and the coordinator's one activity (not the other district's)
        Assert.StartsWith($"{activity},土曜ふれあい体験教室,", lines[1]);

        var csv = lines[0] + "\r\n" +
            $"{activity},土曜ふれあい体験教室,2026/05/16,9:30,11:30,\"体育館、校庭\",Held,24,{volunteer} {volunteer},3\r\n" +
            $"{activity},,2026/05/23,9:30,11:30,体育館,,18,,2\r\n" +
            $"{activity},,2026/05/30,9:30,11:30,体育館,Postponed,18,,2\r\n" +
            $"{theirs},,2026/05/30,9:30,11:30,体育館,Held,10,,1\r\n";
        var bytes = Encoding.GetEncoding(932).GetBytes(csv);

        var result = await UploadAsync(coordinator, bytes);

        Assert.Equal([2, 0, 0, 2], new[] { "created", "updated", "unchanged", "rejected" }.Select(k => result[k]!.GetValue<int>()));
        var rows = result["rows"]!.AsArray();
        Assert.Equal((4, "Rejected"), (rows[2]!["line"]!.GetValue<int>(), rows[2]!["status"]!.GetValue<string>()));
        Assert.Contains("status", rows[2]!["problem"]!["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(404, rows[3]!["problem"]!["status"]!.GetValue<int>()); // another district's activity does not exist for them
        var sessions = (await (await coordinator.GetAsync($"{Base}/activities/{activity}")).JsonAsync())["sessions"]!.AsArray();
        Assert.Equal("体育館、校庭", sessions[0]!["place"]!.GetValue<string>()); // the CP932 text read back as written
        Assert.Equal(4, sessions[0]!["volunteerParticipations"]!.GetValue<int>()); // the volunteer listed twice is one participation

        var again = await UploadAsync(coordinator, bytes);
        Assert.Equal([0, 0, 2, 2], new[] { "created", "updated", "unchanged", "rejected" }.Select(k => again[k]!.GetValue<int>()));
        Assert.Equal(2L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM school_community.collaboration_sessions"));

        var corrected = lines[0] + "\r\n" + $"{activity},,2026/05/23,9:30,11:30,体育館,Cancelled,,,\r\n";
        var fixedResult = await UploadAsync(coordinator, Encoding.UTF8.GetBytes(corrected));
        Assert.Equal(1, fixedResult["updated"]!.GetValue<int>());
        var header = await UploadRawAsync(coordinator, Encoding.UTF8.GetBytes("activityId,date,colour\r\n"));
        Assert.Equal(HttpStatusCode.BadRequest, header.StatusCode);
        Assert.Contains("colour", await header.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_same_file_sent_twice_at_once_records_each_session_once_and_the_coverage_counts_it_once()
    {
        var staff = Api.ClientAs("staff");
        var district = await DistrictAsync(staff, "chitose-chu", "千歳中学校区");
        var school = await SchoolAsync(staff, district, "chitose-sho", "千歳小学校");
        var activity = await ActivityAsync(staff, district, [school]);
        var volunteer = await TalentRegistry.TalentData.ActivePersonAsync(Api);
        // Last fiscal year's sessions, so every date is past whenever this runs.
        var year = ThisFiscalYear - 1;
        var first = new DateOnly(year, 4, 1);
        var csv = new StringBuilder("activityId,date,startsAt,status,children,registeredPersonIds,unregisteredHelpers\r\n");
        for (var day = 0; day < 30; day++)
        {
            csv.Append($"{activity},{first.AddDays(day):yyyy/MM/dd},9:30,Held,10,{volunteer},2\r\n");
        }
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());

        // A double click: both requests race for the same sessions.
        var results = await Task.WhenAll(UploadAsync(staff, bytes), UploadAsync(staff, bytes));

        Assert.Equal([30, 30], results.Select(r => r["created"]!.GetValue<int>() + r["unchanged"]!.GetValue<int>()));
        Assert.Equal(30, results.Sum(r => r["created"]!.GetValue<int>()));
        Assert.Equal(30L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM school_community.collaboration_sessions"));
        var volume = (await (await staff.GetAsync($"{Base}/coverage?fiscalYear={year}")).JsonAsync())["volume"]!;
        Assert.Equal([30, 30, 60, 90], new[] { "sessionsHeld", "registeredParticipations", "unregisteredHelpers", "volunteerParticipations" }
            .Select(k => volume[k]!.GetValue<int>()));

        // A session moved into the year before counts there, and no longer in this one.
        var moved = Encoding.UTF8.GetBytes("activityId,date,startsAt,status,children,registeredPersonIds,unregisteredHelpers\r\n" +
            $"{activity},{first.AddDays(-1):yyyy/MM/dd},9:30,Held,10,{volunteer},2\r\n");
        await UploadAsync(staff, moved);
        var session = (await (await staff.GetAsync($"{Base}/activities/{activity}")).JsonAsync())["sessions"]!.AsArray()
            .Single(s => s!["date"]!.GetValue<string>() == first.ToString("yyyy-MM-dd"))!["id"]!.GetValue<string>();
        (await staff.PutAsJsonAsync($"{Base}/activities/{activity}/sessions/{session}", new { date = first.AddDays(-2).ToString("yyyy-MM-dd"), startsAt = "09:30", status = "Held", children = 10, registeredPersonIds = new[] { volunteer }, unregisteredHelpers = 2 }))
            .EnsureSuccessStatusCode();
        var thisYear = (await (await staff.GetAsync($"{Base}/coverage?fiscalYear={year}")).JsonAsync())["volume"]!;
        var lastYear = (await (await staff.GetAsync($"{Base}/coverage?fiscalYear={year - 1}")).JsonAsync())["volume"]!;
        Assert.Equal((29, 2), (thisYear["sessionsHeld"]!.GetValue<int>(), lastYear["sessionsHeld"]!.GetValue<int>()));
        Assert.Equal(6, lastYear["volunteerParticipations"]!.GetValue<int>());
    }

    private static async Task<JsonNode> UploadAsync(HttpClient client, byte[] bytes)
    {
        var response = await UploadRawAsync(client, bytes);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static Task<HttpResponseMessage> UploadRawAsync(HttpClient client, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return client.PostAsync($"{Base}/sessions/upload", content);
    }
}
