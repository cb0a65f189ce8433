using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Standards;

/// <summary>The OpenAPI document as a client team meets it: linted, and turned into a typed client.</summary>
public sealed class OpenApiDocumentTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_document_passes_Spectral_OWASP_and_Redocly_and_a_generated_TypeScript_client_compiles_strictly()
    {
        var document = Path.Combine(Path.GetTempPath(), $"manabi-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await Api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        try
        {
            var report = await StandardsTools.RunNodeAsync("openapi-checks.js", document);

            Assert.Empty(report["spectral"]!.AsArray().Select(f => f!.ToJsonString()));
            // OWASP's warnings (a format or pattern on every string, a 500 on every operation) are advice; its errors are not.
            Assert.Empty(report["owasp"]!.AsArray().Where(f => f!["severity"]!.GetValue<string>() == "error").Select(f => f!.ToJsonString()));
            Assert.Empty(report["redocly"]!.AsArray().Select(f => f!.ToJsonString()));
            Assert.True(report["typescript"]!["code"]!.GetValue<int>() == 0, report["typescript"]!["output"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(document);
        }
    }
}
