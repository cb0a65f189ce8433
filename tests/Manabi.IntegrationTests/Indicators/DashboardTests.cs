using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Manabi.IntegrationTests.Indicators.IndicatorsData;
using static Manabi.IntegrationTests.SchoolCommunity.SchoolCommunityData;

namespace Manabi.IntegrationTests.Indicators;

/// <summary>
/// The dashboard as a citizen opens it: Debian's Chromium (installed by build/test.sh), driven by
/// Playwright, against the live host. The screenshots are kept with the test results.
/// </summary>
public sealed class DashboardTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_dashboard_shows_every_measure_with_its_series_in_Japanese_then_English_and_a_measure_with_what_it_counted()
    {
        var staff = Api.ClientAs("staff");
        var district = await DistrictAsync(staff, "chitose-chu", "千歳中学校区");
        var activity = await ActivityAsync(staff, district, [await SchoolAsync(staff, district, "chitose-sho", "千歳小学校")]);
        foreach (var date in new[] { new DateOnly(ThisFiscalYear - 1, 6, 13), Today })
        {
            (await staff.PostAsJsonAsync($"{Base}/activities/{activity}/sessions", new
            {
                date = date.ToString("yyyy-MM-dd"), startsAt = "09:30", status = "Held", children = 10, unregisteredHelpers = 1,
            })).EnsureSuccessStatusCode();
        }
        var measure = await EventuallyAsync(() => MeasureAsync(Api.CreateClient(), "25-3a"),
            m => m["value"]?.GetValue<decimal>() == 1 && YearValue(m, ThisFiscalYear - 1)?["value"]?.GetValue<decimal>() == 1);
        var years = measure["values"]!.AsArray().Count;
        Assert.Equal(3, years); // the plan's FY2019 baseline, last year and this one

        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) => { if (response.Status >= 400) errors.Add($"{response.Status} {response.Url}"); };

        await page.GotoAsync($"{Api.PublicBaseUrl}/dashboard");
        await page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Equal("ja", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("生涯学習", await page.TextContentAsync("h1"));
        Assert.Equal(18, await page.Locator("a.measure").CountAsync());
        Assert.Equal(years, await PointsAsync(page, "a[data-measure='25-3a'] canvas"));
        Assert.Contains("後退している", await page.TextContentAsync("a[data-measure='25-3a']")); // 1 against the baseline's 459
        await page.ScreenshotAsync(new() { Path = Artifact("dashboard.png"), FullPage = true });

        await page.ClickAsync("#language");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("lifelong-learning", await page.TextContentAsync("h1"));
        Assert.Contains("Deterioration", await page.TextContentAsync("a[data-measure='25-3a']"));

        await page.ClickAsync("a[data-measure='25-3a']");
        await page.WaitForSelectorAsync("#items");
        Assert.Equal(years, await PointsAsync(page, "div[data-measure='25-3a'] canvas"));
        Assert.Equal(1, await page.Locator("#items tbody tr").CountAsync()); // this year's one session
        await page.ScreenshotAsync(new() { Path = Artifact("dashboard-measure.png"), FullPage = true });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>Points Chart.js drew for the measure's actual values (years without a value draw none).</summary>
    private static Task<int> PointsAsync(IPage page, string canvas) =>
        page.EvaluateAsync<int>($"() => Chart.getChart(document.querySelector(\"{canvas}\")).data.datasets[0].data.filter(v => v !== null).length");

    private static string Artifact(string name)
    {
        var directory = Environment.GetEnvironmentVariable("MANABI_TEST_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }
}

/// <summary>Debian's Chromium: Playwright cannot download its own browsers on these machines, so it drives the system one.</summary>
internal sealed class Browser(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
{
    public static async Task<Browser> LaunchAsync()
    {
        var path = Environment.GetEnvironmentVariable("MANABI_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"Chromium not found at {path}: build/test.sh installs Debian's chromium, or set MANABI_CHROMIUM.");
        var playwright = await Playwright.CreateAsync();
        return new(playwright, await playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Headless = true, Args = ["--no-sandbox"] }));
    }

    public Task<IPage> NewPageAsync(BrowserNewPageOptions options) => browser.NewPageAsync(options);

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
