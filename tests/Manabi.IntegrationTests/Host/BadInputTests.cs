using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Host;

/// <summary>Inputs that reached a 500 before: each must be a 400 problem naming what to fix, and change nothing.</summary>
public sealed class BadInputTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("/api/v1/catalog/venues?area=%00", "area")]
    [InlineData("/api/v1/catalog/exports/events.csv?q=%00", "q")]
    [InlineData("/api/v1/catalog/calendar.ics?field=%00", "field")]
    [InlineData("/api/v1/catalog/opportunities?q=a%01b", "q")]
    public async Task A_control_character_in_a_query_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var response = await Api.CreateClient().GetAsync(url);

        var problem = await AssertBadRequestAsync(response);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
    }

    [Theory]
    [InlineData("a\\u0000b")]
    [InlineData("a\\u001bb")]
    [InlineData("a\\ud800b")]
    public async Task A_control_character_or_half_a_character_in_a_body_is_a_400_naming_the_field(string escaped)
    {
        var body = $$"""{"kind":"CitizenGroup","name":"{{escaped}}","nameKana":"てすと"}""";
        var response = await Api.ClientAs("staff").PostAsync("/api/v1/catalog/providers", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await AssertBadRequestAsync(response);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("name"), problem.ToJsonString());
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.providers"));
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_still_welcome_in_text()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var opportunity = CatalogData.Opportunity(description: "一行目\r\n二行目\t（タブ）");

        Assert.Equal(HttpStatusCode.Created, (await partner.PushAsync(providerId, "multi-line", opportunity)).StatusCode);
    }

    [Theory]
    [InlineData("fields", null)]
    [InlineData("instructors", "[null]")]
    [InlineData("sessions", "[null]")]
    [InlineData("fields", "[null]")]
    public async Task A_missing_or_null_collection_in_a_push_is_a_400_naming_it(string member, string? json)
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var opportunity = CatalogData.Opportunity();
        if (json is null)
        {
            opportunity.Remove(member);
        }
        else
        {
            opportunity[member] = JsonNode.Parse(json);
        }

        var problem = await AssertBadRequestAsync(await partner.PushAsync(providerId, "nulls", opportunity));
        Assert.Contains(problem["errors"]!.AsObject(), e => e.Key.StartsWith(member, StringComparison.Ordinal));
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.learning_opportunities"));
    }

    [Fact]
    public async Task A_null_batch_item_is_rejected_on_its_own_and_the_others_land()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var body = new JsonObject
        {
            ["items"] = new JsonArray(null, new JsonObject { ["externalId"] = "good", ["opportunity"] = CatalogData.Opportunity() }),
        };

        var response = await partner.PostAsync($"/api/v1/catalog/providers/{providerId}/opportunities:batch",
            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.Equal(1, result["created"]!.GetValue<int>());
        var rejected = result["results"]![0]!["problem"]!.AsObject();
        Http.AssertProblem(rejected, 422);
        Assert.Equal("#/items/0", rejected["instance"]!.GetValue<string>());
        Assert.NotNull(rejected["type"]);
    }

    [Theory]
    [InlineData("/api/v1/catalog/providers/{0}/opportunities:batch", """{"items":null}""", "items")]
    [InlineData("/api/v1/catalog/delivery-lectures/requests", """{"topicId":"{0}","groupName":"g","contactName":"c","contactEmail":"a@example.jp","expectedParticipants":5}""", "wishedDates")]
    [InlineData("/api/v1/catalog/information/digest", """{"channel":"Newsletter","from":"2026-12-01"}""", "to")]
    [InlineData("/api/v1/passbook/commendations/award", """{"ceremonyDate":"2026-12-01"}""", "commendationIds")]
    public async Task A_missing_list_elsewhere_is_a_400_naming_it(string path, string body, string member)
    {
        var (providerId, _) = await CatalogData.ApprovedPartnerAsync(Api);
        var response = await Api.ClientAs("staff").PostAsync(path.Replace("{0}", providerId),
            new StringContent(body.Replace("{0}", Guid.NewGuid().ToString()), Encoding.UTF8, "application/json"));

        var problem = await AssertBadRequestAsync(response);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(member), problem.ToJsonString());
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/csv")]
    [InlineData("text/html")]
    public async Task Errors_are_problem_json_whatever_the_client_accepts(string accept)
    {
        var client = Api.ClientAs("staff");
        client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));

        var notFound = await client.GetAsync($"/api/v1/catalog/providers/{Guid.NewGuid()}");
        var unauthorized = await Api.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/passbook/learners/me")
        {
            Headers = { Accept = { MediaTypeWithQualityHeaderValue.Parse(accept) } },
        });

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("application/problem+json", notFound.Content.Headers.ContentType?.MediaType);
        Http.AssertProblem(await notFound.JsonAsync(), 404);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Http.AssertProblem(await unauthorized.JsonAsync(), 401);
    }

    [Theory]
    [InlineData("/api/v1/catalog/opportunities?limit=abc", "limit")]
    [InlineData("/api/v1/catalog/opportunities?audience=children", "audience")]
    [InlineData("/api/v1/catalog/feeds/opportunities?afterTimestamp=yesterday", "afterTimestamp")]
    public async Task A_bad_query_value_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await AssertBadRequestAsync(await Api.CreateClient().GetAsync(url));

        Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
        Assert.DoesNotContain("JSON", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_json_member_is_a_400_naming_it()
    {
        var body = """{"kind":"CitizenGroup","name":"x","nameKana":"えっくす","status":"Approved"}""";
        var response = await Api.ClientAs("staff").PostAsync("/api/v1/catalog/providers", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await AssertBadRequestAsync(response);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("status"), problem.ToJsonString());
    }

    [Fact]
    public async Task Errors_say_which_language_they_are_in()
    {
        var japanese = await Api.CreateClient().GetAsync("/api/v1/catalog/opportunities?limit=abc");
        var english = await Api.ClientAs("staff", language: "en").GetAsync($"/api/v1/catalog/providers/{Guid.NewGuid()}");

        Assert.Equal(["ja"], japanese.Content.Headers.ContentLanguage);
        Assert.Equal(["en"], english.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", english.Headers.Vary);
    }

    private static async Task<JsonObject> AssertBadRequestAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Http.AssertProblem(problem, 400);
        Assert.NotNull(problem["type"]);
        Assert.NotNull(problem["instance"]);
        return problem;
    }
}
