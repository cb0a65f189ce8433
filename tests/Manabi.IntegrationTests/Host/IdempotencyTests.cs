using System.Net;
using System.Net.Http.Json;
using Manabi.BuildingBlocks.Idempotency;
using Manabi.IntegrationTests.Infrastructure;
using Npgsql;

namespace Manabi.IntegrationTests.Host;

public sealed class IdempotencyTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Providers = "/api/v1/catalog/providers";

    [Fact]
    public async Task Same_key_and_body_replays_the_first_response_and_creates_once()
    {
        var staff = Api.ClientAs("staff");
        var first = await Post(staff, "key-1", Http.ProviderBody());
        var second = await Post(staff, "key-1", Http.ProviderBody());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(first.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal("true", second.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader).Single());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.providers"));
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.outbox_messages"));
    }

    [Fact]
    public async Task Same_key_with_a_different_body_is_422()
    {
        var staff = Api.ClientAs("staff");
        await Post(staff, "key-2", Http.ProviderBody("一つ目"));
        var response = await Post(staff, "key-2", Http.ProviderBody("二つ目"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        Http.AssertProblem(problem, 422);
        Assert.Equal("idempotency-key-reused", problem["code"]!.GetValue<string>());
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.providers"));
    }

    [Fact]
    public async Task A_duplicate_arriving_while_the_first_is_in_flight_is_409()
    {
        // Hold the lock the in-flight request would hold, exactly as a concurrent first request does.
        await using var connection = new NpgsqlConnection(Fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using (var hold = new NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended($1, 0))", connection))
        {
            hold.Parameters.AddWithValue(IdempotencyMiddleware.LockName("user:test-staff", "key-3"));
            await hold.ExecuteNonQueryAsync();
        }
        var staff = Api.ClientAs("staff");
        var duplicate = await Post(staff, "key-3", Http.ProviderBody());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Http.AssertProblem(await duplicate.JsonAsync(), 409);

        await using (var release = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection))
        {
            await release.ExecuteNonQueryAsync();
        }
        Assert.Equal(HttpStatusCode.Created, (await Post(staff, "key-3", Http.ProviderBody())).StatusCode);
    }

    [Fact]
    public async Task Concurrent_duplicates_create_exactly_one_provider()
    {
        var staff = Api.ClientAs("staff");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Post(staff, "key-race", Http.ProviderBody())));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.providers"));
    }

    [Fact]
    public async Task Keys_are_scoped_to_the_caller()
    {
        await Post(Api.ClientAs("staff", "alice"), "shared-key", Http.ProviderBody());
        // Another body under the same key: were keys shared, this would be a 422 (same key, different body).
        var other = await Post(Api.ClientAs("staff", "bob"), "shared-key", Http.ProviderBody("ボブの読書会"));
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.False(other.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(2L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.providers"));
    }

    [Fact]
    public async Task A_rejected_request_does_not_use_up_its_key()
    {
        var staff = Api.ClientAs("staff");
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(staff, "key-4", new { name = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Post(staff, "key-4", Http.ProviderBody())).StatusCode);
    }

    [Fact]
    public async Task A_key_that_is_not_printable_ascii_is_a_400()
    {
        var response = await Post(Api.ClientAs("staff"), new string('k', 256), Http.ProviderBody());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync())["errors"]!.AsObject().ContainsKey("idempotency-Key"));
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Providers) { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotencyMiddleware.HeaderName, key);
        return client.SendAsync(request);
    }
}
