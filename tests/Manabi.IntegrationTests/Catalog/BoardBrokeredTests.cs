using System.Net;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

/// <summary>"Brokered by the board" counts in the plan's indicators, so a partner cannot claim it.</summary>
public sealed class BoardBrokeredTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Only_staff_mark_a_course_as_brokered_by_the_board_and_partner_pushes_keep_their_mark()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var claimed = CatalogData.Opportunity();
        claimed["boardBrokered"] = true;

        var refused = await partner.PushAsync(providerId, "c1", claimed);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync())["errors"]!.AsObject().ContainsKey("boardBrokered"));
        Assert.Equal(0, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.learning_opportunities"));

        Assert.Equal(HttpStatusCode.Created, (await partner.PushAsync(providerId, "c1", CatalogData.Opportunity())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.ClientAs("staff").PushAsync(providerId, "c1", claimed)).StatusCode);
        Assert.True(await Fixture.ScalarAsync<bool>("SELECT board_brokered FROM catalog.learning_opportunities"));

        // The partner's next push leaves the field out, or repeats it: the staff's mark stays.
        var retitled = CatalogData.Opportunity(title: "千歳の歴史を学ぶ（改）");
        Assert.Equal(HttpStatusCode.OK, (await partner.PushAsync(providerId, "c1", retitled)).StatusCode);
        retitled["boardBrokered"] = true;
        Assert.Equal(HttpStatusCode.OK, (await partner.PushAsync(providerId, "c1", retitled)).StatusCode);
        Assert.True(await Fixture.ScalarAsync<bool>("SELECT board_brokered FROM catalog.learning_opportunities"));
        retitled["boardBrokered"] = false;
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PushAsync(providerId, "c1", retitled)).StatusCode);
    }
}
