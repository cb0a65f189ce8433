using System.Net;
using System.Net.Http.Json;
using System.Text;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Host;

public sealed class ProblemResponseTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Providers = "/api/v1/catalog/providers";

    [Fact]
    public async Task Validation_errors_are_Japanese_by_default_and_change_nothing()
    {
        var response = await Api.ClientAs("staff").PostAsJsonAsync(Providers, new { kind = "CitizenGroup", name = "", nameKana = "カタカナOK" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Http.AssertProblem(problem, 400);
        Assert.Equal("リクエストの内容が正しくありません。", problem["title"]!.GetValue<string>());
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["name"], errors.Select(e => e.Key));
        Assert.Contains("名称", errors["name"]![0]!.GetValue<string>());
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.providers"));
    }

    [Fact]
    public async Task Validation_errors_are_English_when_asked()
    {
        var response = await Api.ClientAs("staff", language: "en").PostAsJsonAsync(Providers, new { kind = "CitizenGroup", name = "x", nameKana = "kanji漢字" });
        var problem = await response.JsonAsync();
        Assert.Equal("The request is invalid.", problem["title"]!.GetValue<string>());
        Assert.Contains("nameKana", problem["errors"]!["nameKana"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await Api.ClientAs("staff").PostAsync(Providers, new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Http.AssertProblem(await response.JsonAsync(), 400);
    }

    [Fact]
    public async Task Unknown_enum_value_names_the_field()
    {
        var response = await Api.ClientAs("staff").PostAsJsonAsync(Providers, new { kind = "Spaceship", name = "x", nameKana = "えっくす" });
        var problem = await response.JsonAsync();
        Http.AssertProblem(problem, 400);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("kind"));
    }

    [Fact]
    public async Task Wrong_content_type_is_a_415_problem()
    {
        var response = await Api.ClientAs("staff").PostAsync(Providers, new StringContent("name=x", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Http.AssertProblem(await response.JsonAsync(), 415);
    }

    [Fact]
    public async Task Oversized_body_is_a_413_problem()
    {
        var huge = "{\"name\":\"" + new string('あ', 600_000) + "\"}"; // ~1.8 MB in UTF-8, over the 1 MiB limit
        // As a careful client sends a large body: the 413 comes before the body is sent, so the
        // refusal is read instead of racing the upload (the server stops reading at the limit).
        using var request = new HttpRequestMessage(HttpMethod.Post, Providers) { Content = new StringContent(huge, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;
        var response = await Api.ClientAs("staff").SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Http.AssertProblem(await response.JsonAsync(), 413);
    }

    [Fact]
    public async Task Missing_resource_is_a_404_problem_in_the_callers_language()
    {
        var response = await Api.ClientAs("staff", language: "en").GetAsync($"{Providers}/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.JsonAsync();
        Http.AssertProblem(problem, 404);
        Assert.Equal("No such provider.", problem["detail"]!.GetValue<string>());
    }
}
