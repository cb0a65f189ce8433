using Manabi.BuildingBlocks.Contracts;

namespace Manabi.UnitTests.BuildingBlocks;

public sealed class JapaneseDatesTests
{
    [Theory]
    [InlineData(2019, "2019年度（令和元年度）")] // the plan's baseline year
    [InlineData(2026, "2026年度（令和8年度）")]
    [InlineData(2030, "2030年度（令和12年度）")] // the plan's target year
    [InlineData(2018, "2018年度")]
    public void Fiscal_years_read_as_the_city_writes_them(int year, string expected) =>
        Assert.Equal(expected, new FiscalYear(year).JapaneseName);

    [Fact]
    public void Dates_in_sentences_are_in_Japan_time_and_Japanese_order()
    {
        Assert.Equal("2026年12月10日", JapaneseDates.Date(new DateOnly(2026, 12, 10)));
        Assert.Equal("2026年12月10日 12:00", JapaneseDates.DateTime(new DateTimeOffset(2026, 12, 10, 3, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2027年1月1日 0:30", JapaneseDates.DateTime(new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero))); // already New Year in Japan
    }
}
