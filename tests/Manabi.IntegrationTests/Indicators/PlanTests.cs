using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Indicators;

/// <summary>The city's plan as data: seeded exactly, loadable by another city, targets revised with their history.</summary>
public sealed class PlanTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Plans = "/api/v1/indicators/plans";

    [Fact]
    public async Task Chitose_plan_is_there_from_the_start_with_its_18_measures_baselines_and_targets_as_the_city_wrote_them()
    {
        var plan = await (await Api.CreateClient().GetAsync($"{Plans}/chitose")).JsonAsync();

        var measures = Measures(plan).ToDictionary(m => m["code"]!.GetValue<string>());
        Assert.Equal(18, measures.Count);
        Assert.Equal(["22", "23", "24", "25", "26"], plan["goals"]![0]!["items"]!.AsArray().Select(i => i!["number"]!.ToString()));
        Assert.Equal((2019, 2030), (plan["firstFiscalYear"]!.GetValue<int>(), plan["lastFiscalYear"]!.GetValue<int>()));
        (string Code, decimal? Baseline, string Direction, decimal? Target)[] expected =
        [
            ("22-1a", null, "Increase", null), ("22-1b", null, "Increase", null), ("22-2a", 420, "AtLeast", 460), ("22-2b", 14588, "AtLeast", 16000),
            ("22-3", null, "AtLeast", 70), ("23-1", null, "AtLeast", 80), ("23-2", null, "AtLeast", 570), ("23-3", null, "AtLeast", 100),
            ("24-1", null, "Increase", null), ("24-2", 412, "AtLeast", 450), ("24-3", null, "Increase", null), ("25-1", null, "AtLeast", 100),
            ("25-2", null, "AtLeast", 100), ("25-3a", 459, "AtLeast", 500), ("25-3b", 1355, "AtLeast", 1400), ("26-1", 105, "AtLeast", 105),
            ("26-2", 1697, "AtLeast", 1860), ("26-3", null, "AtLeast", 10),
        ];
        Assert.Equal(expected, expected.Select(e => measures[e.Code]).Select(m => (m["code"]!.GetValue<string>(), m["baseline"]!["value"]?.GetValue<decimal>(),
            m["target"]!["direction"]!.GetValue<string>(), m["target"]!["value"]?.GetValue<decimal>())));
        Assert.Equal("DistrictCoverage", measures["25-1"]["computation"]!.GetValue<string>());
        Assert.StartsWith("地域学校協働活動推進員を中学校区", plan["goals"]![0]!["items"]![3]!["indicators"]![0]!["name"]!["ja"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_city_loads_its_own_plan_from_the_same_document_and_loading_it_again_changes_nothing()
    {
        var staff = Api.ClientAs("staff");
        var document = await DocumentAsync(staff);
        document["city"] = new JsonObject { ["ja"] = "恵庭市", ["en"] = "Eniwa" };

        var created = await staff.PutAsJsonAsync($"{Plans}/eniwa", document);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var again = await staff.PutAsJsonAsync($"{Plans}/eniwa", document);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var list = await (await Api.CreateClient().GetAsync(Plans)).JsonArrayAsync();
        Assert.Equal(["chitose", "eniwa"], list.Select(p => p!["code"]!.GetValue<string>()));
        Assert.Equal("恵庭市", list[1]!["city"]!["ja"]!.GetValue<string>());
        Assert.Empty(await (await staff.GetAsync($"{Plans}/eniwa/target-revisions")).JsonArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("learner").PutAsJsonAsync($"{Plans}/eniwa", document)).StatusCode);
    }

    [Fact]
    public async Task A_plan_document_with_an_unknown_computation_or_a_missing_target_is_a_400_naming_the_field_and_stores_nothing()
    {
        var staff = Api.ClientAs("staff");
        var document = await DocumentAsync(staff);
        var measure = document["goals"]![0]!["items"]![1]!["indicators"]![2]!["measures"]![0]!.AsObject();

        measure["computation"] = "CountEverything";
        var unknown = await staff.PutAsJsonAsync($"{Plans}/other-city", document);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("goals[0].items[1].indicators[2].measures[0].computation", (await unknown.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));

        measure["computation"] = "Consultations";
        measure.Remove("target");
        measure["code"] = "22-3"; // also a code the plan already uses
        var missing = await staff.PutAsJsonAsync($"{Plans}/other-city", document);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.JsonAsync())["errors"]!.AsObject();
        Assert.Contains("goals[0].items[1].indicators[2].measures[0].target", errors.Select(e => e.Key));
        Assert.Contains("goals[0].items[1].indicators[2].measures[0].code", errors.Select(e => e.Key));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{Plans}/other-city")).StatusCode);
    }

    [Fact]
    public async Task Staff_revise_a_target_and_the_history_keeps_who_when_old_and_new()
    {
        var staff = Api.ClientAs("staff", "kyoiku-tanaka");
        var revision = new { target = new { fiscalYear = 2030, direction = "AtLeast", value = 520 }, reason = "中間見直し（令和7年度）" };
        Assert.Equal(500, (await IndicatorsData.MeasureAsync(Api.CreateClient(), "25-3a"))["measure"]!["target"]!["value"]!.GetValue<decimal>());

        var revised = await staff.PutAsJsonAsync($"{Plans}/chitose/measures/25-3a/target", revision);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(520, (await revised.JsonAsync())["target"]!["value"]!.GetValue<decimal>());
        (await staff.PutAsJsonAsync($"{Plans}/chitose/measures/25-3a/target", revision)).EnsureSuccessStatusCode(); // the same again: no second revision

        var history = await (await staff.GetAsync($"{Plans}/chitose/target-revisions")).JsonArrayAsync();
        var entry = Assert.Single(history)!;
        Assert.Equal(("25-3a", 500m, 520m, "staff:kyoiku-tanaka", "中間見直し（令和7年度）"), (entry["measureCode"]!.GetValue<string>(),
            entry["old"]!["value"]!.GetValue<decimal>(), entry["new"]!["value"]!.GetValue<decimal>(), entry["revisedBy"]!.GetValue<string>(),
            entry["reason"]!.GetValue<string>()));
        var plan = await (await Api.CreateClient().GetAsync($"{Plans}/chitose")).JsonAsync();
        Assert.Equal(520, Measures(plan).Single(m => m["code"]!.GetValue<string>() == "25-3a")["target"]!["value"]!.GetValue<decimal>());
        Assert.Equal(520, (await IndicatorsData.MeasureAsync(Api.CreateClient(), "25-3a"))["measure"]!["target"]!["value"]!.GetValue<decimal>());

        var increase = await staff.PutAsJsonAsync($"{Plans}/chitose/measures/26-3/target", new { target = new { fiscalYear = 2030, direction = "Increase", value = 12 }, reason = "見直し" });
        Assert.Contains("target.value", (await increase.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));
        var late = await staff.PutAsJsonAsync($"{Plans}/chitose/measures/26-3/target", new { target = new { fiscalYear = 2035, direction = "AtLeast", value = 12 }, reason = "見直し" });
        Assert.Contains("target.fiscalYear", (await late.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PutAsJsonAsync($"{Plans}/chitose/measures/99-9/target", revision)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("learner").GetAsync($"{Plans}/chitose/target-revisions")).StatusCode);
    }

    /// <summary>Chitose's plan as a document to load: the response without its code and time of change.</summary>
    private static async Task<JsonObject> DocumentAsync(HttpClient staff)
    {
        var document = await (await staff.GetAsync($"{Plans}/chitose")).JsonAsync();
        document.Remove("code");
        document.Remove("updatedAt");
        return document;
    }

    private static IEnumerable<JsonNode> Measures(JsonNode plan) =>
        plan["goals"]!.AsArray().SelectMany(g => g!["items"]!.AsArray()).SelectMany(i => i!["indicators"]!.AsArray())
            .SelectMany(x => x!["measures"]!.AsArray()).Select(m => m!);
}
