using Manabi.Api.Setup;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.TalentRegistry;

public sealed class TalentDemoDataTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_demo_register_has_people_activity_groups_leaders_and_consultations_all_marked_and_seeded_once()
    {
        await DatabaseSetup.SeedDemoDataAsync(Api.Services, CancellationToken.None);
        await DatabaseSetup.SeedDemoDataAsync(Api.Services, CancellationToken.None);

        Assert.Equal(420L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.people WHERE is_demo AND name LIKE 'デモ%'"));
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.people WHERE NOT is_demo"));
        Assert.Equal(4L, await Fixture.ScalarAsync<long>("SELECT count(DISTINCT status) FROM talent.people"));
        var lapsing = await (await Api.ClientAs("staff").GetAsync("/api/v1/talent/people?lapsingWithinDays=60")).JsonAsync();
        Assert.InRange(lapsing["total"]!.GetValue<int>(), 10, 15);
        var directory = await (await Api.CreateClient().GetAsync("/api/v1/talent/directory?role=Instructor")).JsonAsync();
        Assert.True(directory["total"]!.GetValue<int>() > 100);
        // A year of person-times, the 100 reported twice counted once.
        var records = await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.activity_records WHERE is_demo AND source <> 'SchoolCommunity'");
        Assert.InRange(records, 1400, 2000);
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.activity_records WHERE source = 'SelfReport'"));
        Assert.InRange(await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.learning_groups WHERE is_demo"), 1, 6);
        Assert.Equal(100L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.consultations WHERE is_demo"));
        // Two leader cohorts, each with certified leaders who now hold the role; the others fell short of the rule.
        var trainings = await (await Api.ClientAs("staff").GetAsync("/api/v1/talent/leader-trainings")).JsonArrayAsync();
        Assert.Equal(2, trainings.Count);
        foreach (var training in trainings)
        {
            var trainees = training!["trainees"]!.AsArray();
            Assert.Equal(12, trainees.Count);
            Assert.Equal(8, trainees.Count(t => t!["certificateNumber"] is not null));
            Assert.All(trainees.Where(t => t!["certificateNumber"] is null), t => Assert.False(t!["meetsCompletionRule"]!.GetValue<bool>()));
        }
        Assert.Equal(16L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM talent.people WHERE 3 = ANY(roles)"));
    }
}
