using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;
using static Manabi.IntegrationTests.SchoolCommunity.SchoolCommunityData;

namespace Manabi.IntegrationTests.Indicators;

/// <summary>Reading Chitose's plan report as a citizen's browser does.</summary>
internal static class IndicatorsData
{
    public const string Chitose = "/api/v1/indicators/plans/chitose";

    /// <summary>A measure of the anonymous report for a fiscal year (this one by default).</summary>
    public static async Task<JsonNode> MeasureAsync(HttpClient anonymous, string code, int? year = null)
    {
        var report = await (await anonymous.GetAsync($"{Chitose}/report?fiscalYear={year ?? ThisFiscalYear}")).JsonAsync();
        return report["measures"]!.AsArray().Single(m => m!["measure"]!["code"]!.GetValue<string>() == code)!;
    }

    /// <summary>The measure's value for a year, with its source, sample size and interval.</summary>
    public static JsonNode? YearValue(JsonNode measure, int year) =>
        measure["values"]!.AsArray().SingleOrDefault(v => v!["fiscalYear"]!.GetValue<int>() == year);
}
