using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

/// <summary>Staff correct a venue, and every place that shows it follows at once.</summary>
public sealed class UpdateVenueTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly object Renamed = new
    {
        name = "千歳市民文化センター（北ホール）", nameKana = "ちとせしみんぶんかせんたー", address = "北海道千歳市北栄2丁目2-1", area = "北部",
    };

    [Fact]
    public async Task A_renamed_venue_shows_in_detail_search_and_the_feed_of_every_opportunity_held_there()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var venueId = await CatalogData.VenueAsync(partner);
        var opportunityId = (await (await partner.PushAsync(providerId, "history", CatalogData.Opportunity(venueId: venueId))).JsonAsync())["id"]!.GetValue<string>();
        var anonymous = Api.CreateClient();
        var feedEnd = (await (await anonymous.GetAsync("/api/v1/catalog/feeds/opportunities")).JsonAsync())["next"]!.GetValue<string>();
        var staff = Api.ClientAs("staff");
        var read = await staff.GetAsync($"/api/v1/catalog/venues/{venueId}");

        var updated = await PutAsync(staff, venueId, read.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(read.Headers.ETag, updated.Headers.ETag);
        var detail = await (await anonymous.GetAsync($"/api/v1/catalog/opportunities/{opportunityId}")).JsonAsync();
        Assert.All(detail["sessions"]!.AsArray(), s => Assert.Equal("千歳市民文化センター（北ホール）", s!["venue"]!["name"]!.GetValue<string>()));
        var north = await (await anonymous.GetAsync("/api/v1/catalog/opportunities?area=" + Uri.EscapeDataString("北部"))).JsonAsync();
        Assert.Equal(opportunityId, Assert.Single(north["items"]!.AsArray())!["id"]!.GetValue<string>());
        var change = Assert.Single((await (await anonymous.GetAsync(feedEnd)).JsonAsync())["items"]!.AsArray())!;
        Assert.Contains("北ホール", change["data"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task Only_staff_update_a_venue_with_the_version_they_read_and_a_name_no_other_venue_has()
    {
        var staff = Api.ClientAs("staff");
        var venueId = await CatalogData.VenueAsync(staff);
        await CatalogData.VenueAsync(staff, "千歳市民文化センター（北ホール）", "北部");
        var etag = (await staff.GetAsync($"/api/v1/catalog/venues/{venueId}")).Headers.ETag!.Tag;
        var (_, partner) = await CatalogData.ApprovedPartnerAsync(Api);

        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(partner, venueId, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await PutAsync(staff, venueId, null)).StatusCode);
        var taken = await PutAsync(staff, venueId, etag);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("duplicate-name", (await taken.JsonAsync())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(staff, Guid.NewGuid(), "*")).StatusCode);
        var unchanged = await (await Api.CreateClient().GetAsync($"/api/v1/catalog/venues/{venueId}")).JsonAsync();
        Assert.Equal("千歳市民文化センター", unchanged["name"]!.GetValue<string>());

        var moved = await PutAsync(staff, venueId, etag, new { name = "千歳市民文化センター", nameKana = "ちとせしみんぶんかせんたー", address = "北海道千歳市北栄2丁目2-1" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutAsync(staff, venueId, etag)).StatusCode);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid venueId, string? ifMatch, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/catalog/venues/{venueId}") { Content = JsonContent.Create(body ?? Renamed) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }
}
