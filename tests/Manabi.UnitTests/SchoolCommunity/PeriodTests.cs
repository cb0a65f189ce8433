using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Domain;

namespace Manabi.UnitTests.SchoolCommunity;

/// <summary>Which fiscal years a school and a commission count in: the edges are 1 April and 31 March.</summary>
public sealed class PeriodTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(null, "2026-03-31", 2025, true)]
    [InlineData(null, "2026-03-31", 2026, false)]
    [InlineData("2027-03-31", null, 2026, true)]
    [InlineData("2027-04-01", null, 2026, false)]
    public void A_school_counts_in_the_years_it_is_open_on_at_least_one_day(string? opens, string? closes, int year, bool open)
    {
        var school = School.Register("s", "学校", SchoolKind.Elementary, Guid.NewGuid(), Parse(opens), Parse(closes), Now);
        Assert.Equal(open, school.IsOpenIn(year));
    }

    [Fact]
    public void A_small_flag_belongs_to_its_year_and_can_be_cleared()
    {
        var school = School.Register("s", "学校", SchoolKind.Elementary, Guid.NewGuid(), null, null, Now);
        school.FlagSmall(2026, "学級数が標準の12学級未満");
        Assert.NotNull(school.SmallIn(2026));
        Assert.Null(school.SmallIn(2025));
        school.FlagSmall(2026, null);
        Assert.Null(school.SmallIn(2026));
    }

    [Fact]
    public void A_commission_ended_early_stops_on_its_last_day_and_cannot_be_lengthened()
    {
        var commission = Commission.Commit(Guid.NewGuid(), [Guid.NewGuid()], new DateOnly(2025, 4, 1), new DateOnly(2027, 3, 31), Now);
        Assert.True(commission.End(new DateOnly(2026, 3, 31), "任期途中の退任"));
        Assert.True(commission.RunsDuring(2025));
        Assert.False(commission.RunsDuring(2026));
        Assert.False(commission.RunsOn(new DateOnly(2026, 4, 1)));
        Assert.False(commission.End(new DateOnly(2026, 12, 31), "延長"));
        Assert.False(commission.End(new DateOnly(2025, 3, 31), "開始前"));
    }

    private static DateOnly? Parse(string? date) => date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
