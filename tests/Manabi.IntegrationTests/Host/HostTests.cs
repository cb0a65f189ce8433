using System.Net;
using Manabi.Api.Setup;
using Manabi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Manabi.IntegrationTests.Host;

public sealed class HostTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Health_probes_report_live_and_ready_with_PostgreSQL()
    {
        var client = Api.CreateClient();
        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.JsonAsync();
        Assert.Equal("application/json", ready.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", report["status"]!.GetValue<string>());
        Assert.All(new[] { "postgresql", "migrations", "outbox", "catalog-search" },
            check => Assert.Equal("Healthy", report["checks"]![check]!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_model_matches_its_migrations()
    {
        // A restart skips Migrate (and its own check) when nothing is pending, so this is where a model
        // change without its migration fails.
        await using var scope = Api.Services.CreateAsyncScope();
        // The test probe's schema is made by the fixture, not by migrations.
        var contexts = DatabaseSetup.Contexts(scope.ServiceProvider).Where(c => c is not TestProbeDbContext).ToList();
        Assert.NotEmpty(contexts);
        Assert.All(contexts, context => Assert.False(context.Database.HasPendingModelChanges(), $"{context.GetType().Name} has changes without a migration"));
    }

    [Fact]
    public void A_replica_writes_no_Data_Protection_key_ring_which_a_read_only_container_would_refuse()
    {
        var started = Api.Services.GetServices<IHostedService>().Select(s => s.GetType().Namespace ?? "");
        Assert.DoesNotContain(started, name => name.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApi_document_lists_the_slice_with_module_tags_and_both_security_schemes()
    {
        var document = await (await Api.CreateClient().GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/v1/catalog/providers"));
        Assert.True(paths.ContainsKey("/api/v1/catalog/providers/{providerId}/api-keys"));
        Assert.True(paths.ContainsKey("/api/v1/indicators/computations/{computation}"));
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal("bearer", schemes["bearer"]!["scheme"]!.GetValue<string>());
        Assert.Equal("X-Api-Key", schemes["apiKey"]!["name"]!.GetValue<string>());

        var register = paths["/api/v1/catalog/providers"]!["post"]!;
        Assert.Equal("Catalog", register["tags"]![0]!.GetValue<string>());
        Assert.Contains(register["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "Idempotency-Key");
        Assert.True(register["responses"]!.AsObject().ContainsKey("201"));
        var update = paths["/api/v1/catalog/providers/{id}"]!["put"]!;
        Assert.Contains(update["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "If-Match" && p["required"]!.GetValue<bool>());
        var push = paths["/api/v1/catalog/providers/{providerId}/opportunities/{externalId}"]!["put"]!;
        Assert.Contains(push["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "If-Match" && p["required"]?.GetValue<bool>() != true);
        var indicators = paths["/api/v1/indicators/computations/{computation}"]!["get"]!;
        Assert.Equal("Indicators", indicators["tags"]![0]!.GetValue<string>());
        Assert.Empty(indicators["security"]!.AsArray()); // explicitly public: "security": []
    }

    [Fact]
    public void Every_endpoint_declares_an_authorization_policy_or_is_explicitly_anonymous()
    {
        var endpoints = Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var unprotected = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)))
            .Where(e => !IsFrameworkEndpoint(e))
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.Empty(unprotected);
    }

    [Fact]
    public void Every_module_endpoint_is_named_tagged_and_declares_its_responses()
    {
        var endpoints = Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true
                || e.RoutePattern.RawText == "/.well-known/jwks.json")
            .ToList();
        Assert.True(endpoints.Count > 60);
        var faults = endpoints.SelectMany(e =>
        {
            var route = $"{(e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is [var method, ..] ? method : "")} {e.RoutePattern.RawText}";
            var responses = e.Metadata.OfType<IProducesResponseTypeMetadata>().Select(r => r.StatusCode).ToList();
            var missing = new List<string>();
            if (e.Metadata.GetMetadata<IEndpointNameMetadata>() is null) missing.Add("name");
            if (e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.Count is null or 0) missing.Add("tag");
            if (string.IsNullOrEmpty(e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary)) missing.Add("summary");
            if (!responses.Any(code => code is >= 200 and < 300)) missing.Add("declared success response");
            return missing.Select(m => $"{route} has no {m}");
        }).ToList();
        Assert.Empty(faults);
    }

    // Swagger and health are mapped by the host on purpose as public; everything else must opt in.
    private static bool IsFrameworkEndpoint(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText?.StartsWith("/swagger", StringComparison.Ordinal) == true;

    [Fact]
    public async Task Responses_carry_security_headers_and_no_server_banner()
    {
        var response = await Api.CreateClient().GetAsync("/api/v1/indicators/computations/RegisteredProviders");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.True(response.Headers.Contains("X-Correlation-Id"));
    }

    [Fact]
    public async Task Caller_correlation_id_is_echoed()
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "city-it-req-42");
        var response = await client.GetAsync("/health/live");
        Assert.Equal("city-it-req-42", response.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Theory]
    [InlineData(ManabiApiFactory.AllowedOrigin, true)]
    [InlineData("https://evil.example.com", false)]
    public async Task Cors_allows_only_configured_origins(string origin, bool allowed)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/catalog/providers");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
        var response = await Api.CreateClient().SendAsync(request);
        Assert.Equal(allowed, response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_allowed_frontend_can_read_the_tag_and_its_rate_limit_quota_from_script()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalog/fields");
        request.Headers.Add("Origin", ManabiApiFactory.AllowedOrigin);
        var response = await Api.CreateClient().SendAsync(request);

        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")).Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("ETag", exposed);
        Assert.Contains("RateLimit-Remaining", exposed);
        Assert.True(response.Headers.Contains("RateLimit-Remaining"));
    }

    [Fact]
    public async Task Unknown_route_is_a_problem_404()
    {
        var response = await Api.CreateClient().GetAsync("/api/v1/catalog/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Http.AssertProblem(await response.JsonAsync(), 404);
    }
}
