using Manabi.Indicators.Domain;

namespace Manabi.UnitTests.Indicators;

/// <summary>The README's survey example: a share with its 95 % Wilson interval, and what counts as no change.</summary>
public sealed class SurveyShareTests
{
    [Theory]
    [InlineData(2, 3, 20.8, 93.9)] // 66.7 % of a handful of answers says little
    [InlineData(80, 100, 71.1, 86.7)]
    [InlineData(30, 30, 88.6, 100)] // all positive: the interval still has width, unlike the normal one
    [InlineData(0, 10, 0, 27.8)]
    public void The_interval_is_Wilsons(int positive, int responses, double low, double high)
    {
        var (l, h) = SurveyShare.Wilson(positive, responses);
        Assert.Equal(((decimal)low, (decimal)high), (l, h));
    }

    [Fact]
    public void Two_years_whose_intervals_overlap_have_not_changed_beyond_sampling_error()
    {
        Assert.True(SurveyShare.Overlap(SurveyShare.Wilson(24, 30), SurveyShare.Wilson(27, 30))); // 80 % → 90 % on 30 answers
        Assert.False(SurveyShare.Overlap(SurveyShare.Wilson(160, 400), SurveyShare.Wilson(320, 400))); // 40 % → 80 % on 400
    }
}
