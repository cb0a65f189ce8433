using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

/// <summary>The lists board staff and partners work from.</summary>
public sealed class StaffListTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Staff_find_providers_by_status_kind_and_name_with_those_waiting_for_approval_first()
    {
        var staff = Api.ClientAs("staff");
        var (approvedId, _) = await CatalogData.ApprovedPartnerAsync(Api, "あさひ読書会");
        await staff.PostAsJsonAsync("/api/v1/catalog/providers", Http.ProviderBody("ちとせ郷土史研究会"));
        await staff.PostAsJsonAsync("/api/v1/catalog/providers", Http.ProviderBody("千歳市 生涯学習課", kind: "BoardOfEducation"));

        var all = await (await staff.GetAsync("/api/v1/catalog/providers")).JsonAsync();
        Assert.Equal(3, all["total"]!.GetValue<int>());
        Assert.Equal(["Pending", "Pending", "Approved"], all["items"]!.AsArray().Select(p => p!["status"]!.GetValue<string>()));
        var byName = await (await staff.GetAsync("/api/v1/catalog/providers?q=" + Uri.EscapeDataString("郷土史"))).JsonAsync();
        Assert.Equal("ちとせ郷土史研究会", Assert.Single(byName["items"]!.AsArray())!["name"]!.GetValue<string>());
        var board = await (await staff.GetAsync("/api/v1/catalog/providers?kind=BoardOfEducation")).JsonAsync();
        Assert.Equal(1, board["total"]!.GetValue<int>());
        var approved = await (await staff.GetAsync("/api/v1/catalog/providers?status=Approved&limit=1")).JsonAsync();
        Assert.Equal(approvedId, Assert.Single(approved["items"]!.AsArray())!["id"]!.GetValue<string>());
        // The name is a LIKE pattern only in our hands: a % typed by staff matches a %.
        Assert.Equal(0, (await (await staff.GetAsync("/api/v1/catalog/providers?q=%25")).JsonAsync())["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("learner").GetAsync("/api/v1/catalog/providers")).StatusCode);
    }

    [Fact]
    public async Task A_second_provider_venue_or_level_with_the_same_name_is_a_409_that_says_so()
    {
        var staff = Api.ClientAs("staff");
        await staff.RegisterProviderAsync("あさひ読書会");
        var provider = await staff.PostAsJsonAsync("/api/v1/catalog/providers", Http.ProviderBody("あさひ読書会"));
        Assert.Equal(HttpStatusCode.Conflict, provider.StatusCode);
        Assert.Equal("duplicate-name", (await provider.JsonAsync())["code"]!.GetValue<string>());

        await CatalogData.VenueAsync(staff, "北栄会館");
        var venue = await staff.PostAsJsonAsync("/api/v1/catalog/venues", new { name = "北栄会館", nameKana = "ほくえいかいかん", address = "北海道千歳市北栄1丁目", area = "北部" });
        Assert.Equal(HttpStatusCode.Conflict, venue.StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/v1/passbook/levels", new { name = "銅の手帳", credits = 3 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync("/api/v1/passbook/levels", new { name = "銅の手帳", credits = 5 })).StatusCode);
        Assert.Equal(1, await Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.certification_levels"));
    }

    [Fact]
    public async Task A_partner_lists_its_own_opportunities_in_every_status_page_by_page_and_nobody_elses()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api, "あさひ読書会");
        var (otherId, _) = await CatalogData.ApprovedPartnerAsync(Api, "他の団体");
        await partner.PushAsync(providerId, "a-draft", CatalogData.Opportunity(status: "Draft"));
        await partner.PushAsync(providerId, "b-open", CatalogData.Opportunity(title: "公開中の講座"));
        await partner.PushAsync(providerId, "c-gone", CatalogData.Opportunity(title: "取り下げた講座"));
        await partner.DeleteAsync($"/api/v1/catalog/providers/{providerId}/opportunities/c-gone");

        var first = await (await partner.GetAsync($"/api/v1/catalog/providers/{providerId}/opportunities?limit=2")).JsonAsync();
        Assert.Equal(3, first["total"]!.GetValue<int>());
        Assert.Equal(["a-draft", "b-open"], first["items"]!.AsArray().Select(o => o!["externalId"]!.GetValue<string>()));
        var second = await (await partner.GetAsync($"/api/v1/catalog/providers/{providerId}/opportunities?limit=2&after={first["next"]}")).JsonAsync();
        var gone = Assert.Single(second["items"]!.AsArray())!;
        Assert.Equal("Withdrawn", gone["status"]!.GetValue<string>());
        Assert.Null(second["next"]);
        var drafts = await (await partner.GetAsync($"/api/v1/catalog/providers/{providerId}/opportunities?status=Draft")).JsonAsync();
        Assert.Equal("a-draft", Assert.Single(drafts["items"]!.AsArray())!["externalId"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/catalog/providers/{otherId}/opportunities")).StatusCode);
    }
}
