using Manabi.Indicators.Contracts;
using Manabi.Indicators.Domain;
using static Manabi.UnitTests.Indicators.MeasureExamples;

namespace Manabi.UnitTests.Indicators;

/// <summary>The worked examples of the README's grading section.</summary>
public sealed class AchievementGradingTests
{
    [Theory]
    [InlineData(470, AchievementGrade.S)] // the target of 460 is met
    [InlineData(450, AchievementGrade.B)] // 30 above 420, inside the band of ±42
    [InlineData(370, AchievementGrade.C)] // 50 below 420, beyond the band
    public void The_grade_compares_the_year_with_the_target_and_the_band_around_the_baseline(int fy2026, AchievementGrade expected) =>
        Assert.Equal(expected, AchievementGrading.Assess(Series(Brokered, 2026, (2026, fy2026)), AchievementGrading.DefaultBand).Grade);

    [Fact]
    public void The_achievement_rate_is_against_the_target_pro_rated_to_the_year_and_the_pace_is_what_each_year_still_needs()
    {
        // FY2026 is 7 of 11 years: 420 + 40 × 7/11 = 445.45; 450 / 445.45 = 101.02 %; (460 − 450) / 4 years = 2.5 a year.
        var graded = AchievementGrading.Assess(Series(Brokered, 2026, (2026, 450)), AchievementGrading.DefaultBand);

        Assert.Equal(445.45m, graded.ProratedTarget);
        Assert.Equal(1.0102m, graded.AchievementRate);
        Assert.Equal(2.5m, graded.PaceNeeded);
    }

    [Fact]
    public void With_a_narrower_band_the_plan_sets_the_same_year_grades_A()
    {
        // Every numeric target of Chitose's plan lies within 10 % of its baseline (460 is 420 + 9.5 %), so with the
        // default band a year is S, B or C; a plan that wants A to mean something sets a narrower band: ±5 % is ±21.
        Assert.Equal(AchievementGrade.A, AchievementGrading.Assess(Series(Brokered, 2026, (2026, 450)), 0.05m).Grade);
        Assert.Equal(AchievementGrade.B, AchievementGrading.Assess(Series(Brokered, 2026, (2026, 440)), 0.05m).Grade);
    }

    [Fact]
    public void Without_a_value_that_year_or_anything_to_compare_with_the_grade_is_not_assessable()
    {
        Assert.Equal(AchievementGrade.NotAssessable, AchievementGrading.Assess(Series(Brokered, 2026, (2025, 450)), AchievementGrading.DefaultBand).Grade);
        Assert.Equal(AchievementGrade.NotAssessable, AchievementGrading.Assess(Series(Leaders, 2024, (2024, 8)), AchievementGrading.DefaultBand).Grade);
        var later = AchievementGrading.Assess(Series(Leaders, 2026, (2024, 8), (2026, 16)), AchievementGrading.DefaultBand);
        Assert.Equal((AchievementGrade.A, (decimal?)null, (decimal?)null), (later.Grade, later.AchievementRate, later.PaceNeeded));
    }
}
