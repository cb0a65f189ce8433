using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

public sealed class ProviderUpdateTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Updates_require_the_current_ETag()
    {
        var staff = Api.ClientAs("staff");
        var (provider, created) = await staff.RegisterProviderAsync("旧名称");
        var url = $"/api/v1/catalog/providers/{provider["id"]}";
        var read = await staff.GetAsync(url);
        Assert.Equal(created, read.Headers.ETag!.Tag);

        var missing = await staff.PutAsJsonAsync(url, Http.ProviderBody("新名称"));
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        Http.AssertProblem(await missing.JsonAsync(), 428);

        var updated = await Put(staff, url, created, "新名称");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(created, updated.Headers.ETag!.Tag);
        Assert.Equal("新名称", (await updated.JsonAsync())["name"]!.GetValue<string>());

        var stale = await Put(staff, url, created, "上書き");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Http.AssertProblem(await stale.JsonAsync(), 412);
        Assert.Equal("新名称", (await (await staff.GetAsync(url)).JsonAsync())["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task If_Match_star_updates_whatever_the_version()
    {
        var staff = Api.ClientAs("staff");
        var (provider, _) = await staff.RegisterProviderAsync();
        var response = await Put(staff, $"/api/v1/catalog/providers/{provider["id"]}", "*", "別名");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Updating_a_missing_provider_is_404()
    {
        var response = await Put(Api.ClientAs("staff"), $"/api/v1/catalog/providers/{Guid.NewGuid()}", "\"1\"", "x");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string url, string ifMatch, string name)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(Http.ProviderBody(name)) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
