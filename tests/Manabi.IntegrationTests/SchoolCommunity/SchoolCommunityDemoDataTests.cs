using System.Net.Http.Json;
using Manabi.Api.Setup;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.SchoolCommunity;

public sealed class SchoolCommunityDemoDataTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_demo_districts_leave_one_district_uncovered_and_one_small_school_only_all_marked_and_seeded_once()
    {
        await DatabaseSetup.SeedDemoDataAsync(Api.Services, CancellationToken.None);
        await DatabaseSetup.SeedDemoDataAsync(Api.Services, CancellationToken.None);

        Assert.Equal(10L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM school_community.districts WHERE is_demo AND name LIKE 'デモ%'"));
        Assert.Equal(28L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM school_community.schools WHERE is_demo"));
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM school_community.activities WHERE NOT is_demo"));
        var coverage = await (await Api.ClientAs("staff").GetAsync("/api/v1/school-community/coverage")).JsonAsync();
        var notCovered = Assert.Single(coverage["districts"]!["notCovered"]!.AsArray())!;
        Assert.Equal(("デモ 勇舞中学校区", "推進員が委嘱されていない"), (notCovered["name"]!.GetValue<string>(), notCovered["reason"]!.GetValue<string>()));
        Assert.Equal("小規模校のみの中学校区", Assert.Single(coverage["districts"]!["excluded"]!.AsArray())!["reason"]!.GetValue<string>());
        Assert.Equal(8, coverage["districts"]!["counted"]!.GetValue<int>());
        Assert.True(coverage["volume"]!["sessionsHeld"]!.GetValue<int>() > 100);
        Assert.True(coverage["volume"]!["volunteerParticipations"]!.GetValue<int>() > coverage["volume"]!["sessionsHeld"]!.GetValue<int>());
        var staff = Api.ClientAs("staff");
        Assert.Equal(2, (await (await staff.GetAsync("/api/v1/school-community/meetings")).JsonArrayAsync()).Count);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).ToString("yyyy-MM-dd");
        (await staff.PostAsJsonAsync("/api/v1/school-community/meetings",
            new { kind = "ExchangeMeeting", title = "ボランティア情報交換会", date = today, coordinators = 6, volunteers = 21 })).EnsureSuccessStatusCode();
        var meetings = await (await staff.GetAsync("/api/v1/school-community/meetings")).JsonArrayAsync();
        Assert.Equal(3, meetings.Count);
        Assert.Equal(56, meetings.Sum(m => m!["volunteers"]!.GetValue<int>()));
    }
}
