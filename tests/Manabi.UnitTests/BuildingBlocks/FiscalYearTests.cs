using System.Globalization;
using Manabi.BuildingBlocks.Contracts;

namespace Manabi.UnitTests.BuildingBlocks;

public sealed class FiscalYearTests
{
    [Theory]
    [InlineData("2019-04-01T00:00:00+09:00", 2019)] // R1 starts
    [InlineData("2020-03-31T23:59:59+09:00", 2019)]
    [InlineData("2020-03-31T15:30:00+00:00", 2020)] // 00:30 on 1 April in Tokyo
    [InlineData("2020-03-31T14:59:59+00:00", 2019)] // 23:59 on 31 March in Tokyo
    [InlineData("2031-03-31T12:00:00+09:00", 2030)] // R12, the target year
    public void Fiscal_year_follows_the_Japanese_calendar_in_Japan_time(string instant, int expected) =>
        Assert.Equal(expected, FiscalYear.Of(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)).StartYear);

    [Fact]
    public void Bounds_are_1_April_in_Japan_time()
    {
        var year = new FiscalYear(2026);
        Assert.Equal(DateTimeOffset.Parse("2026-04-01T00:00:00+09:00", CultureInfo.InvariantCulture), year.Start);
        Assert.Equal(new FiscalYear(2027).Start, year.End);
        Assert.True(new FiscalYear(2019) < year);
    }
}
