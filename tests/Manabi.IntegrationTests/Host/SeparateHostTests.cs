using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Host;

/// <summary>Behaviour that needs a host configured differently from the shared one.</summary>
public sealed class SeparateHostTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Callers_over_their_limit_get_429_with_Retry_After_and_others_are_unaffected()
    {
        await using var api = new ManabiApiFactory(Fixture.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["RateLimiting:AnonymousPermitLimit"] = "3",
            ["RateLimiting:AuthenticatedPermitLimit"] = "3",
        });
        var anonymous = api.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await anonymous.GetAsync("/api/v1/indicators/computations/RegisteredProviders");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            // Each answer says how much of the quota is left, so a polite client slows down in time.
            Assert.Equal("3", Assert.Single(allowed.Headers.GetValues("RateLimit-Limit")));
            Assert.Equal($"{2 - i}", Assert.Single(allowed.Headers.GetValues("RateLimit-Remaining")));
            Assert.InRange(int.Parse(Assert.Single(allowed.Headers.GetValues("RateLimit-Reset")), CultureInfo.InvariantCulture), 1, 60);
        }
        var limited = await anonymous.GetAsync("/api/v1/indicators/computations/RegisteredProviders");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds >= 1);
        Http.AssertProblem(await limited.JsonAsync(), 429);
        Assert.Equal(HttpStatusCode.OK, (await api.ClientAs("staff").GetAsync("/api/v1/indicators/computations/RegisteredProviders")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task When_PostgreSQL_is_unreachable_requests_get_503_and_readiness_fails()
    {
        await using var api = new ManabiApiFactory("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2", new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
        });
        var client = api.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ready.JsonAsync();
        Assert.Equal("Unhealthy", report["checks"]!["postgresql"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain("Exception", report.ToJsonString());
        var response = await client.GetAsync("/api/v1/indicators/computations/RegisteredProviders");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Http.AssertProblem(await response.JsonAsync(), 503);
        var write = await api.ClientAs("staff").PostAsJsonAsync("/api/v1/catalog/providers", Http.ProviderBody());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
    }

    [Fact]
    public async Task The_host_answers_before_the_demo_data_is_seeded()
    {
        await using var api = new ManabiApiFactory(Fixture.Database.ConnectionString, new Dictionary<string, string?> { ["Demo:SeedOnStartup"] = "true" });
        var client = api.CreateClient();
        var answered = (await client.GetAsync("/health/live")).StatusCode;
        var seededAtFirstAnswer = SeededLogged(api);

        Assert.Equal(HttpStatusCode.OK, answered);
        Assert.False(seededAtFirstAnswer);
        // Let seeding finish before the next test empties the tables.
        Assert.True(await EventuallyAsync(() => Task.FromResult(SeededLogged(api)), done => done, TimeSpan.FromSeconds(90)));
        Assert.True(await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.learning_opportunities") >= 200);
    }

    private static bool SeededLogged(ManabiApiFactory api) => api.Logs.Events.Any(e => e.MessageTemplate.Text == "Demo data is in place");

    [Fact]
    public async Task The_operator_can_keep_the_OpenAPI_document_and_Swagger_UI_unpublished()
    {
        await using var api = new ManabiApiFactory(Fixture.Database.ConnectionString, new Dictionary<string, string?> { ["OpenApi:Publish"] = "false" }, environment: "Production");
        var client = api.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/swagger/index.html")).StatusCode);
        // Published by default, the UI included (both set up at their first request).
        var published = Api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await published.GetAsync("/swagger/v1/swagger.json")).StatusCode);
        var ui = await published.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Contains("<title>Manabi API</title>", await ui.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await published.GetAsync("/swagger/no-such-file.js")).StatusCode);
    }
}
