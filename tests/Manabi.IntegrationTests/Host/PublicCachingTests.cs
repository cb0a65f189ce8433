using System.Net;
using System.Net.Http.Headers;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Host;

/// <summary>Public reads as a browser, a CDN or a polling consumer uses them: validators, 304s and HEAD.</summary>
public sealed class PublicCachingTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("/api/v1/catalog/opportunities")]
    [InlineData("/api/v1/catalog/feeds/opportunities")]
    [InlineData("/api/v1/catalog/exports/events.csv")]
    [InlineData("/api/v1/catalog/calendar.ics")]
    public async Task A_public_read_answers_304_until_its_content_changes(string path)
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity());
        var client = Api.CreateClient();

        var first = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(HttpStatusCode.NotModified, (await GetIfNoneMatch(client, path, etag)).StatusCode);

        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(title: "千歳の歴史を学ぶ（改）"));
        var changed = await GetIfNoneMatch(client, path, etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.NotEmpty(await changed.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_detail_varies_by_Accept_and_each_format_has_its_own_tag()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var id = (await (await partner.PushAsync(providerId, "c1", CatalogData.Opportunity())).JsonAsync())["id"]!.GetValue<string>();
        var client = Api.CreateClient();

        var json = await client.GetAsync($"/api/v1/catalog/opportunities/{id}");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/catalog/opportunities/{id}");
        request.Headers.Accept.ParseAdd("application/ld+json");
        var jsonLd = await client.SendAsync(request);

        Assert.Contains("Accept", json.Headers.Vary);
        Assert.Contains("Accept", jsonLd.Headers.Vary);
        Assert.NotEqual(json.Headers.ETag, jsonLd.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/v1/catalog/opportunities")]
    [InlineData("/api/v1/catalog/feeds/opportunities")]
    [InlineData("/api/v1/catalog/exports/events.csv")]
    [InlineData("/api/v1/catalog/fields")]
    public async Task HEAD_answers_where_GET_does_with_the_same_headers_and_no_body(string path)
    {
        var client = Api.CreateClient();
        var get = await client.GetAsync(path);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private static Task<HttpResponseMessage> GetIfNoneMatch(HttpClient client, string path, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }
}
