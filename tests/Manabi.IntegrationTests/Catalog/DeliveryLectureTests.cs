using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;
using Manabi.IntegrationTests.TalentRegistry;

namespace Manabi.IntegrationTests.Catalog;

public sealed class DeliveryLectureTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    private async Task<string> TopicAsync(HttpClient staff, int leadTimeDays = 14, int minimumGroupSize = 10)
    {
        var instructor = await TalentData.ActivePersonAsync(Api);
        var response = await staff.PostAsJsonAsync("/api/v1/catalog/delivery-lectures/topics", new
        {
            title = "千歳の開拓の歴史",
            description = "開拓期の千歳について、郷土史研究会の会員がお話しします。",
            fieldCode = "local-culture.chitose-gaku",
            instructors = new object[] { new { name = "郷土史 花子", kind = "Citizen", personId = instructor }, new { name = "千歳市 学芸員", kind = "Government" } },
            durationMinutes = 90,
            minimumGroupSize,
            leadTimeDays,
            onlinePossible = true,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync())["id"]!.GetValue<string>();
    }

    private static object Request(string topicId, int days = 30, int participants = 15) => new
    {
        topicId,
        groupName = "北栄町内会 老人クラブ",
        contactName = "千歳 一郎",
        contactPhone = "0123-11-2222",
        wishedDates = new[] { Today.AddDays(days).ToString("yyyy-MM-dd") },
        expectedParticipants = participants,
    };

    [Fact]
    public async Task A_group_requests_a_lecture_that_staff_broker_to_delivery()
    {
        var staff = Api.ClientAs("staff");
        var topicId = await TopicAsync(staff);
        var menu = await (await Api.CreateClient().GetAsync("/api/v1/catalog/delivery-lectures/topics")).JsonArrayAsync();
        Assert.Equal("千歳の開拓の歴史", Assert.Single(menu)!["title"]!.GetValue<string>());

        var submitted = await (await Api.CreateClient().PostAsJsonAsync("/api/v1/catalog/delivery-lectures/requests", Request(topicId))).JsonAsync();
        var id = submitted["id"]!.GetValue<string>();
        var code = submitted["trackingCode"]!.GetValue<string>();

        await Move(staff, id, new { status = "Arranging" });
        await Move(staff, id, new { status = "Scheduled", scheduledAt = DateTimeOffset.UtcNow.AddDays(30).ToOffset(TimeSpan.FromHours(9)), place = "北栄会館" });
        var status = await (await Api.CreateClient().GetAsync($"/api/v1/catalog/delivery-lectures/requests/{id}/status?code={code}")).JsonAsync();
        Assert.Equal("Scheduled", status["status"]!.GetValue<string>());
        Assert.Equal("北栄会館", status["place"]!.GetValue<string>());
        Assert.Null(status["contactPhone"]); // the group's view shows no contact details

        var delivered = await Move(staff, id, new { status = "Delivered", deliveredOn = Today.ToString("yyyy-MM-dd"), participants = 17, instructorReport = "熱心な質問が多かった" });
        Assert.Equal("Delivered", delivered["status"]!.GetValue<string>());
        var payload = JsonNode.Parse(await Fixture.ScalarAsync<string>(
            "SELECT payload::text FROM catalog.outbox_messages WHERE event_type LIKE '%DeliveryLectureDelivered%'"))!;
        Assert.Equal(17, payload["participants"]!.GetValue<int>());
        Assert.Equal(["Citizen", "Government"], payload["instructorKinds"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Single(payload["instructorPersonIds"]!.AsArray());
        Assert.DoesNotContain("千歳 一郎", payload.ToJsonString());
    }

    [Fact]
    public async Task Every_staff_view_of_a_groups_contact_is_audited_and_the_groups_own_view_is_not()
    {
        var staff = Api.ClientAs("staff", "tanaka");
        var topicId = await TopicAsync(staff);
        var client = Api.CreateClient();
        var first = await (await client.PostAsJsonAsync("/api/v1/catalog/delivery-lectures/requests", Request(topicId))).JsonAsync();
        await client.PostAsJsonAsync("/api/v1/catalog/delivery-lectures/requests", Request(topicId));
        var id = first["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/catalog/delivery-lectures/requests/{id}/status?code={first["trackingCode"]!.GetValue<string>()}")).StatusCode);

        var listed = await (await staff.GetAsync("/api/v1/catalog/delivery-lectures/requests")).JsonArrayAsync();
        await Move(staff, id, new { status = "Arranging" });

        Assert.Equal(2, listed.Count);
        Assert.NotNull(listed[0]!["contactName"]);
        Assert.Equal(2L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.contact_reads WHERE what = 'lecture-request-list'"));
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.contact_reads WHERE what = 'lecture-request-update'"));
        Assert.Equal(3L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.contact_reads")); // the group's own status view is not one
        Assert.Equal(3L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.contact_reads WHERE reader LIKE '%tanaka%'"));
    }

    [Fact]
    public async Task Staff_update_a_topic_with_its_ETag_and_can_take_it_off_the_menu()
    {
        var staff = Api.ClientAs("staff");
        var created = await staff.PostAsJsonAsync("/api/v1/catalog/delivery-lectures/topics", new
        {
            title = "防災ってなに？", description = "家庭でできる備え。", fieldCode = "disaster-prevention.disaster",
            instructors = new[] { new { name = "防災士", kind = "Citizen" } }, durationMinutes = 60, minimumGroupSize = 5, leadTimeDays = 7,
        });
        var id = (await created.JsonAsync())["id"]!.GetValue<string>();
        var body = new
        {
            title = "防災ってなに？（改訂）", description = "家庭でできる備え。", fieldCode = "disaster-prevention.disaster",
            instructors = new[] { new { name = "防災士", kind = "Citizen" } }, durationMinutes = 60, minimumGroupSize = 5, leadTimeDays = 7, active = false,
        };
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/catalog/delivery-lectures/topics/{id}") { Content = JsonContent.Create(body) };
        update.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        var updated = await staff.SendAsync(update);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("防災ってなに？（改訂）", (await updated.JsonAsync())["title"]!.GetValue<string>());
        Assert.Empty(await (await Api.CreateClient().GetAsync("/api/v1/catalog/delivery-lectures/topics")).JsonArrayAsync());
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/catalog/delivery-lectures/topics/{id}") { Content = JsonContent.Create(body) };
        stale.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await staff.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Requests_inside_the_lead_time_or_below_the_group_minimum_are_refused()
    {
        var topicId = await TopicAsync(Api.ClientAs("staff"), leadTimeDays: 14, minimumGroupSize: 10);
        var client = Api.CreateClient();
        var tooSoon = await client.PostAsJsonAsync("/api/v1/catalog/delivery-lectures/requests", Request(topicId, days: 3));
        var tooSmall = await client.PostAsJsonAsync("/api/v1/catalog/delivery-lectures/requests", Request(topicId, participants: 4));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooSoon.StatusCode);
        var leadTime = await tooSoon.JsonAsync();
        Assert.Equal("lead-time", leadTime["code"]!.GetValue<string>());
        var earliest = Today.AddDays(14);
        Assert.Contains($"{earliest.Year}年{earliest.Month}月{earliest.Day}日以降の日をご希望ください。", leadTime["detail"]!.GetValue<string>());
        Assert.Equal("group-too-small", (await tooSmall.JsonAsync())["code"]!.GetValue<string>());
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.lecture_requests"));
    }

    [Fact]
    public async Task Requests_are_staff_only_except_the_groups_own_status()
    {
        var topicId = await TopicAsync(Api.ClientAs("staff"));
        var submitted = await (await Api.CreateClient().PostAsJsonAsync("/api/v1/catalog/delivery-lectures/requests", Request(topicId))).JsonAsync();
        var id = submitted["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.CreateClient().GetAsync("/api/v1/catalog/delivery-lectures/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("learner").GetAsync("/api/v1/catalog/delivery-lectures/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.CreateClient().GetAsync($"/api/v1/catalog/delivery-lectures/requests/{id}/status?code=WRONGCODE123")).StatusCode);
        var list = await (await Api.ClientAs("staff").GetAsync("/api/v1/catalog/delivery-lectures/requests?status=Requested")).JsonArrayAsync();
        Assert.Equal("0123-11-2222", Assert.Single(list)!["contactPhone"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_group_can_cancel_and_impossible_moves_are_refused()
    {
        var staff = Api.ClientAs("staff");
        var topicId = await TopicAsync(staff);
        var submitted = await (await Api.CreateClient().PostAsJsonAsync("/api/v1/catalog/delivery-lectures/requests", Request(topicId))).JsonAsync();
        var id = submitted["id"]!.GetValue<string>();

        var skip = await staff.PostAsJsonAsync($"/api/v1/catalog/delivery-lectures/requests/{id}/status", new { status = "Delivered", deliveredOn = Today, participants = 3 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, skip.StatusCode);
        var noReason = await Api.CreateClient().PostAsJsonAsync($"/api/v1/catalog/delivery-lectures/requests/{id}/cancel?code={submitted["trackingCode"]}", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var cancelled = await Api.CreateClient().PostAsJsonAsync($"/api/v1/catalog/delivery-lectures/requests/{id}/cancel?code={submitted["trackingCode"]}", new { reason = "行事と重なったため" });
        Assert.Equal("Cancelled", (await cancelled.JsonAsync())["status"]!.GetValue<string>());
        var again = await staff.PostAsJsonAsync($"/api/v1/catalog/delivery-lectures/requests/{id}/status", new { status = "Arranging" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [Fact]
    public async Task A_lecture_cannot_be_recorded_as_delivered_on_a_future_date_and_wrong_moves_say_so_in_staff_words()
    {
        var staff = Api.ClientAs("staff");
        var topicId = await TopicAsync(staff);
        var id = (await (await Api.CreateClient().PostAsJsonAsync("/api/v1/catalog/delivery-lectures/requests", Request(topicId))).JsonAsync())["id"]!.GetValue<string>();

        var skipped = await staff.PostAsJsonAsync($"/api/v1/catalog/delivery-lectures/requests/{id}/status", new { status = "Delivered", deliveredOn = Today.ToString("yyyy-MM-dd"), participants = 5 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, skipped.StatusCode);
        Assert.Equal("「申込受付」の申込みは「実施済み」にできません。必要な項目が入っているかも確かめてください。",
            (await skipped.JsonAsync())["detail"]!.GetValue<string>());

        await Move(staff, id, new { status = "Arranging" });
        await Move(staff, id, new { status = "Scheduled", scheduledAt = DateTimeOffset.UtcNow.AddDays(30).ToOffset(TimeSpan.FromHours(9)), place = "北栄会館" });
        var early = await staff.PostAsJsonAsync($"/api/v1/catalog/delivery-lectures/requests/{id}/status",
            new { status = "Delivered", deliveredOn = Today.AddDays(1).ToString("yyyy-MM-dd"), participants = 5 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("delivered-in-future", (await early.JsonAsync())["code"]!.GetValue<string>());
        var status = await (await staff.GetAsync("/api/v1/catalog/delivery-lectures/requests")).JsonArrayAsync();
        Assert.Equal("Scheduled", Assert.Single(status)!["status"]!.GetValue<string>()); // nothing changed
    }

    private static async Task<JsonObject> Move(HttpClient staff, string id, object body)
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/catalog/delivery-lectures/requests/{id}/status", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }
}
