using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

/// <summary>The batch route's size limit, and pushes of the same items that arrive together.</summary>
public sealed class PushLimitTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const int MiB = 1024 * 1024;

    [Fact]
    public async Task A_batch_may_be_up_to_8_MiB_and_a_larger_one_is_a_413_problem()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);

        var large = await PostBatchAsync(partner, providerId, Batch(items: 200, descriptionLength: 3_000)); // about 4 MB
        // Sent the way large uploads should be (Expect: 100-continue), the client hears the 413 before
        // it sends a body the server would not read.
        var tooLarge = await PostBatchAsync(partner, providerId, Batch(items: 1_000, descriptionLength: 3_000), expectContinue: true); // about 19 MB

        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        Assert.Equal(200, (await large.JsonAsync())["created"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Http.AssertProblem(await tooLarge.JsonAsync(), 413);
    }

    [Fact]
    public async Task Ten_concurrent_batches_of_the_same_new_items_without_If_Match_all_succeed()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var batches = Enumerable.Range(0, 10).Select(n => Batch(items: 20, descriptionLength: 10, title: $"同時送信 {n}")).ToList();

        var responses = await Task.WhenAll(batches.Select(b => PostBatchAsync(partner, providerId, b)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var results = await Task.WhenAll(responses.Select(r => r.JsonAsync()));
        Assert.All(results, r => Assert.Equal(0, r["rejected"]!.GetValue<int>()));
        Assert.Equal(20, results.Sum(r => r["created"]!.GetValue<int>()));
        Assert.Equal(20L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.learning_opportunities"));
    }

    [Fact]
    public async Task Concurrent_single_pushes_of_one_item_all_succeed_and_the_last_one_wins()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(n =>
            partner.PushAsync(providerId, "same", CatalogData.Opportunity(title: $"同時送信 {n}"))));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.learning_opportunities"));
    }

    private static JsonObject Batch(int items, int descriptionLength, string title = "一括送信")
    {
        var list = new JsonArray();
        for (var i = 0; i < items; i++)
        {
            list.Add(new JsonObject
            {
                ["externalId"] = $"item-{i}",
                ["opportunity"] = CatalogData.Opportunity(title: title, description: new string('説', descriptionLength), sessions: 1),
            });
        }
        return new JsonObject { ["items"] = list };
    }

    private static Task<HttpResponseMessage> PostBatchAsync(HttpClient partner, string providerId, JsonObject batch, bool expectContinue = false) =>
        partner.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/catalog/providers/{providerId}/opportunities:batch")
        {
            Content = new StringContent(batch.ToJsonString(), Encoding.UTF8, "application/json"),
            Headers = { ExpectContinue = expectContinue },
        });
}
