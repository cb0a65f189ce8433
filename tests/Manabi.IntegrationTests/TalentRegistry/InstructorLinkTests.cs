using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.TalentRegistry;

/// <summary>Catalog links an instructor to a registered person only while that person is active.</summary>
public sealed class InstructorLinkTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_unknown_or_retired_person_cannot_be_linked_but_an_existing_link_stays()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var personId = await TalentData.ActivePersonAsync(Api);
        var linked = Opportunity(personId);
        Assert.Equal(HttpStatusCode.Created, (await partner.PushAsync(providerId, "linked", linked)).StatusCode);

        var unknown = await partner.PushAsync(providerId, "unknown", Opportunity(Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("講師の personId が、人材バンクに登録中の方ではありません。",
            (await unknown.JsonAsync())["errors"]!["instructors[0].personId"]![0]!.GetValue<string>());
        var english = await Api.ClientAs("staff", language: "en").PutAsJsonAsync(
            $"/api/v1/catalog/providers/{providerId}/opportunities/unknown-en", Opportunity(Guid.NewGuid().ToString()));
        Assert.Equal("This personId is not an active person in the talent registry.",
            (await english.JsonAsync())["errors"]!["instructors[0].personId"]![0]!.GetValue<string>());

        await Api.ClientAs("staff").PostAsJsonAsync($"/api/v1/talent/people/{personId}/status", new { status = "Retired", reason = "転居" });
        var changed = Opportunity(personId, "千歳の歴史を学ぶ（改訂）");
        Assert.Equal(HttpStatusCode.OK, (await partner.PushAsync(providerId, "linked", changed)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PushAsync(providerId, "new-link", Opportunity(personId))).StatusCode);
    }

    private static JsonObject Opportunity(string personId, string title = "千歳の歴史を学ぶ")
    {
        var opportunity = CatalogData.Opportunity(title: title);
        opportunity["instructors"] = new JsonArray(new JsonObject { ["name"] = "千歳 花子", ["kind"] = "Citizen", ["personId"] = personId });
        return opportunity;
    }
}
