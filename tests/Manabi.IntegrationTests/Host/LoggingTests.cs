using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Host;

public sealed class LoggingTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Requests_are_logged_with_module_and_route_but_without_personal_data_or_secrets()
    {
        var before = Api.Logs.Events.Count;
        var correlationId = $"log-test-{Guid.NewGuid():N}";
        var staff = Api.ClientAs("staff");
        var body = new { kind = "CitizenGroup", name = "秘密の団体", nameKana = "ひみつのだんたい", contactEmail = "tanaka.private@example.jp", contactPhone = "090-1234-5678" };
        var created = await (await staff.PostAsJsonAsync("/api/v1/catalog/providers", body)).JsonAsync();
        var id = created["id"]!.GetValue<string>();
        var apiKey = await staff.IssueApiKeyAsync(id);
        var partner = Api.PartnerClient(apiKey);
        partner.DefaultRequestHeaders.Add("X-Correlation-Id", correlationId);
        await partner.GetAsync($"/api/v1/catalog/providers/{id}");
        staff.DefaultRequestHeaders.Add("X-Correlation-Id", correlationId + "-404");
        await staff.GetAsync($"/api/v1/catalog/providers/{Guid.NewGuid()}");

        // The request line is written as the request completes, which can be just after the client has its answer.
        var request = await RequestLineAsync(before, correlationId);
        var notFound = await RequestLineAsync(before, correlationId + "-404");
        var lines = Api.Logs.Rendered.Skip(before).ToList();

        Assert.NotNull(request);
        Assert.Equal("\"/api/v1/catalog/providers/{id:guid}\"", request.Properties["RoutePattern"].ToString());
        Assert.NotNull(notFound);
        Assert.Equal("\"Catalog\"", notFound.Properties["Module"].ToString());
        Assert.Equal("404", notFound.Properties["StatusCode"].ToString());

        Assert.NotNull(request);
        Assert.Equal("\"/api/v1/catalog/providers/{id:guid}\"", request.Properties["RoutePattern"].ToString());
        Assert.Equal("\"Catalog\"", request.Properties["Module"].ToString());
        var secret = Http.SecretOf(apiKey);
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain("tanaka.private@example.jp", line);
            Assert.DoesNotContain("090-1234-5678", line);
            Assert.DoesNotContain("秘密の団体", line);
            Assert.DoesNotContain(secret, line);
            Assert.True(!line.Contains(id, StringComparison.Ordinal), line); // ids in paths are replaced by the route template
        });
    }

    private Task<Serilog.Events.LogEvent?> RequestLineAsync(int after, string correlationId) => EventuallyAsync(
        () => Task.FromResult(Api.Logs.Events.Skip(after).FirstOrDefault(e =>
            e.Properties.TryGetValue("CorrelationId", out var c) && c.ToString() == $"\"{correlationId}\"" && e.Properties.ContainsKey("RoutePattern"))),
        e => e is not null);
}
