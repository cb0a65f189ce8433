using System.Net;
using System.Net.Http.Json;
using System.Text;
using Manabi.IntegrationTests.Infrastructure;
using static Manabi.IntegrationTests.Indicators.IndicatorsData;
using static Manabi.IntegrationTests.SchoolCommunity.SchoolCommunityData;

namespace Manabi.IntegrationTests.Indicators;

/// <summary>Surveys behind 22-3 and 23-1: single-use codes, paper forms, and the share with its sample size and interval.</summary>
public sealed class SurveyTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Surveys = "/api/v1/indicators/surveys";

    [Fact]
    public async Task A_response_code_answers_once_and_the_share_counts_every_answer_with_its_sample_size_and_interval()
    {
        var staff = Api.ClientAs("staff");
        var wave = await WaveAsync(staff, "CenterSurveyShare", new { fiscalYear = ThisFiscalYear, title = "令和8年度 市民活動交流センター利用者アンケート" });
        var codes = (await (await staff.PostAsJsonAsync($"{Surveys}/waves/{wave}/codes", new { count = 3 })).JsonAsync())["codes"]!.AsArray()
            .Select(c => c!.GetValue<string>()).ToList();
        var anonymous = Api.CreateClient();

        var form = await (await anonymous.GetAsync($"/api/v1/indicators/survey-codes/{codes[0].ToLowerInvariant()}")).JsonAsync();
        Assert.Equal(wave, form["wave"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/v1/indicators/survey-answers", Answer(codes[0], "satisfied"))).StatusCode);
        var again = await anonymous.PostAsJsonAsync("/api/v1/indicators/survey-answers", Answer(codes[0], "dissatisfied"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("code-used", (await again.JsonAsync())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync("/api/v1/indicators/survey-answers", Answer("AAAA-AAAA", "satisfied"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/v1/indicators/survey-answers", Answer(codes[1], "dissatisfied"))).StatusCode);
        // A paper form with its printed code, keyed in by staff; the same form keyed twice counts once.
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"{Surveys}/waves/{wave}/answers", Answer(codes[2], "neutral"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"{Surveys}/waves/{wave}/answers", Answer(codes[2], "neutral"))).StatusCode);

        var share = YearValue(await MeasureAsync(anonymous, "23-1"), ThisFiscalYear)!;
        Assert.Equal((66.7m, 3), (share["value"]!.GetValue<decimal>(), share["sampleSize"]!.GetValue<int>()));
        Assert.Equal((20.8m, 93.9m), (share["interval"]!["low"]!.GetValue<decimal>(), share["interval"]!["high"]!.GetValue<decimal>())); // Wilson, 2 of 3
        Assert.False(share["reliable"]!.GetValue<bool>()); // fewer than 30 responses

        var printed = Encoding.UTF8.GetString(await (await staff.GetAsync($"{Surveys}/waves/{wave}/codes.csv")).Content.ReadAsByteArrayAsync());
        Assert.All(codes, code => Assert.Contains(code, printed));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{Surveys}/waves/{wave}/codes.csv")).StatusCode);
    }

    [Fact]
    public async Task A_festival_wave_names_an_opportunity_the_catalog_knows_and_answers_must_fit_the_questions()
    {
        var staff = Api.ClientAs("staff");
        var survey = await SurveyAsync(staff, "FestivalSurveyShare");
        var missing = await staff.PostAsJsonAsync($"{Surveys}/{survey}/waves", new { fiscalYear = ThisFiscalYear, title = "市民活動フェスティバル" });
        Assert.Equal("opportunityId", await ProblemFieldAsync(missing));
        var unknown = await staff.PostAsJsonAsync($"{Surveys}/{survey}/waves", new { fiscalYear = ThisFiscalYear, title = "市民活動フェスティバル", opportunityId = Guid.NewGuid() });
        Assert.Equal("opportunityId", await ProblemFieldAsync(unknown));

        var wave = await WaveAsync(staff, "CenterSurveyShare", new { fiscalYear = ThisFiscalYear, title = "利用者アンケート" });
        var notAChoice = await staff.PostAsJsonAsync($"{Surveys}/waves/{wave}/answers", new { answers = new[] { new { question = "satisfaction", choice = "great" } } });
        Assert.Equal("answers[0].choice", await ProblemFieldAsync(notAChoice));
        Assert.Null(YearValue(await MeasureAsync(Api.CreateClient(), "23-1"), ThisFiscalYear)); // nothing counted
    }

    private static object Answer(string code, string choice) => new { code, answers = new[] { new { question = "satisfaction", choice } } };

    private static async Task<string> ProblemFieldAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return Assert.Single((await response.JsonAsync())["errors"]!.AsObject()).Key;
    }

    private static async Task<string> SurveyAsync(HttpClient staff, string computation)
    {
        var created = await staff.PostAsJsonAsync(Surveys, new
        {
            code = computation.ToLowerInvariant(), title = "市民活動交流センター利用者アンケート", computation,
            questions = new[]
            {
                new
                {
                    code = "satisfaction", text = "センターの利用に満足していますか。",
                    choices = new[]
                    {
                        new { code = "satisfied", label = "満足" }, new { code = "mostly", label = "おおむね満足" }, new { code = "neutral", label = "ふつう" },
                        new { code = "dissatisfied", label = "不満" },
                    },
                    positiveChoices = new[] { "satisfied", "mostly", "neutral" },
                },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync())["id"]!.GetValue<string>();
    }

    private static async Task<string> WaveAsync(HttpClient staff, string computation, object wave)
    {
        var opened = await staff.PostAsJsonAsync($"{Surveys}/{await SurveyAsync(staff, computation)}/waves", wave);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await opened.JsonAsync())["id"]!.GetValue<string>();
    }
}
