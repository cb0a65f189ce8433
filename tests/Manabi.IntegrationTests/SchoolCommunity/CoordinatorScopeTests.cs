using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;
using static Manabi.IntegrationTests.SchoolCommunity.SchoolCommunityData;

namespace Manabi.IntegrationTests.SchoolCommunity;

public sealed class CoordinatorScopeTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_coordinator_reads_and_writes_only_their_own_districts_and_loses_them_when_the_commission_ends()
    {
        var staff = Api.ClientAs("staff");
        var mine = await DistrictAsync(staff, "chitose-chu", "千歳中学校区");
        var other = await DistrictAsync(staff, "hokuyo-chu", "北陽中学校区");
        var myschool = await SchoolAsync(staff, mine, "chitose-sho", "千歳小学校");
        var otherSchool = await SchoolAsync(staff, other, "hokuyo-sho", "北陽小学校");
        var (_, commission, coordinator) = await CoordinatorAsync(Api, "coordinator-hanako", [mine]);

        var planned = await ActivityAsync(coordinator, mine, [myschool]);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"{Base}/activities",
            new { districtId = other, schoolIds = new[] { otherSchool }, kind = "SchoolSupport", title = "読み聞かせ", coordinatorRun = true })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync($"{Base}/activities",
            new { districtId = mine, schoolIds = new[] { otherSchool }, kind = "SchoolSupport", title = "読み聞かせ", coordinatorRun = true })).StatusCode);
        var theirs = await ActivityAsync(staff, other, [otherSchool]);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"{Base}/activities/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"{Base}/activities/{theirs}/sessions", Held())).StatusCode);
        Assert.Equal([planned], (await (await coordinator.GetAsync($"{Base}/activities")).JsonArrayAsync()).Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal(2, (await (await staff.GetAsync($"{Base}/activities")).JsonArrayAsync()).Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("learner", "coordinator-hanako").GetAsync($"{Base}/activities")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"{Base}/coverage")).StatusCode);

        var yesterday = Today.AddDays(-1).ToString("yyyy-MM-dd");
        (await staff.PostAsJsonAsync($"{Base}/commissions/{commission}/end", new { lastDay = yesterday, reason = "本人の申し出" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"{Base}/activities/{planned}")).StatusCode);
        Assert.Empty(await (await coordinator.GetAsync($"{Base}/activities")).JsonArrayAsync());
    }

    [Fact]
    public async Task Only_an_active_children_supporter_or_leader_is_commissioned()
    {
        var staff = Api.ClientAs("staff");
        var district = await DistrictAsync(staff, "chitose-chu", "千歳中学校区");
        var instructor = await TalentRegistry.TalentData.ActivePersonAsync(Api);
        var refused = await staff.PostAsJsonAsync($"{Base}/commissions", new { personId = instructor, districtIds = new[] { district }, from = "2026-04-01" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("personId", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"{Base}/commissions",
            new { personId = Guid.NewGuid(), districtIds = new[] { district }, from = "2026-04-01" })).StatusCode);
    }
}
