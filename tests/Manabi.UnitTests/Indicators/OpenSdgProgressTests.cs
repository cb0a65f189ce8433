using Manabi.Indicators.Contracts;
using Manabi.Indicators.Domain;
using static Manabi.UnitTests.Indicators.MeasureExamples;

namespace Manabi.UnitTests.Indicators;

/// <summary>The worked examples of the README's progress section, by the Open SDG method.</summary>
public sealed class OpenSdgProgressTests
{
    [Fact]
    public void Sessions_growing_at_96_percent_of_the_rate_the_target_needs_are_substantial_progress()
    {
        // (480/459)^(1/6) − 1 = 0.748 % a year observed; (500/459)^(1/11) − 1 = 0.781 % needed; 0.748 / 0.781 = 0.958.
        var assessed = OpenSdgProgress.Assess(Series(Sessions, 2025, (2025, 480)));

        Assert.Equal(ProgressStatus.SubstantialProgress, assessed.Status);
        Assert.Equal(0.958, assessed.Value!.Value, 3);
    }

    [Theory]
    [InlineData(470, ProgressStatus.LimitedProgress)]   // ratio 0.51
    [InlineData(476, ProgressStatus.ModerateProgress)]  // ratio 0.78
    [InlineData(450, ProgressStatus.Deterioration)]
    [InlineData(500, ProgressStatus.TargetAchieved)]
    public void The_ratio_of_observed_to_needed_growth_sets_the_status(int fy2025, ProgressStatus expected) =>
        Assert.Equal(expected, OpenSdgProgress.Assess(Series(Sessions, 2025, (2025, fy2025))).Status);

    [Fact]
    public void A_maintain_target_is_achieved_while_kept_and_deteriorates_when_the_value_falls_below_it()
    {
        Assert.Equal(ProgressStatus.TargetAchieved, OpenSdgProgress.Assess(Series(Courses, 2025, (2025, 105))).Status);
        Assert.Equal(ProgressStatus.Deterioration, OpenSdgProgress.Assess(Series(Courses, 2025, (2025, 100))).Status);
    }

    [Fact]
    public void Without_a_baseline_the_first_year_with_data_is_the_reference_and_without_a_target_growth_is_graded_by_itself()
    {
        // 8 leaders in FY2024, 16 in FY2026: (16/8)^(1/2) − 1 = 41 % a year, above 1.5 %.
        var growing = OpenSdgProgress.Assess(Series(Leaders, 2026, (2024, 8), (2025, 12), (2026, 16)));
        Assert.Equal(ProgressStatus.SubstantialProgress, growing.Status);
        Assert.Equal(0.414, growing.Value!.Value, 3);
        // 200 → 201 over two years: 0.25 % a year, below 0.5 %.
        Assert.Equal(ProgressStatus.LimitedProgress, OpenSdgProgress.Assess(Series(Leaders, 2026, (2024, 200), (2026, 201))).Status);
        Assert.Equal(ProgressStatus.NotAvailable, OpenSdgProgress.Assess(Series(Leaders, 2024, (2024, 8))).Status);
    }

    [Fact]
    public void A_share_starting_at_0_percent_is_measured_in_percentage_points()
    {
        // 0 % in FY2024 → 50 % in FY2026: 25 points a year; 100 points over six years needs 16.7: ratio 1.5.
        var assessed = OpenSdgProgress.Assess(Series(Districts, 2026, (2024, 0), (2026, 50)));

        Assert.True(assessed.InPercentagePoints);
        Assert.Equal(ProgressStatus.SubstantialProgress, assessed.Status);
        Assert.Equal(1.5, assessed.Value!.Value, 3);
    }

    [Fact]
    public void A_survey_change_inside_its_sampling_error_is_no_change() =>
        Assert.Equal(ProgressStatus.LimitedProgress, OpenSdgProgress.Assess(Series(Districts, 2026, (2024, 60), (2026, 66)), changeWithinSamplingError: true).Status);

    [Fact]
    public void Values_after_the_assessed_year_are_not_used() =>
        Assert.Equal(ProgressStatus.Deterioration, OpenSdgProgress.Assess(Series(Sessions, 2025, (2025, 450), (2026, 520))).Status);
}
