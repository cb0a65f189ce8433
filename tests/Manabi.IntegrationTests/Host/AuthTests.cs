using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Manabi.Api.Setup;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Host;

public sealed class AuthTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Providers = "/api/v1/catalog/providers";

    [Fact]
    public async Task No_credentials_is_a_401_problem_with_a_challenge()
    {
        var response = await Api.CreateClient().PostAsJsonAsync(Providers, Http.ProviderBody());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Http.AssertProblem(await response.JsonAsync(), 401);
    }

    [Fact]
    public async Task A_learner_cannot_use_a_staff_endpoint()
    {
        var response = await Api.ClientAs("learner").PostAsJsonAsync(Providers, Http.ProviderBody());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Http.AssertProblem(await response.JsonAsync(), 403);
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.providers"));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_rejected()
    {
        var forged = new JwtOptions { Issuer = Api.Jwt.Issuer, Audience = Api.Jwt.Audience, SigningKey = Convert.ToBase64String(new byte[32]) };
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevTokens.Create(forged, "staff", "mallory", TimeSpan.FromMinutes(5)));
        var response = await client.PostAsJsonAsync(Providers, Http.ProviderBody());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_partner_key_reads_its_own_provider_and_nothing_else()
    {
        var staff = Api.ClientAs("staff");
        var (own, _) = await staff.RegisterProviderAsync("自分の団体");
        var (other, _) = await staff.RegisterProviderAsync("他の団体");
        var partner = Api.PartnerClient(await staff.IssueApiKeyAsync(own["id"]!.ToString()));

        var mine = await partner.GetAsync($"{Providers}/{own["id"]}");
        var theirs = await partner.GetAsync($"{Providers}/{other["id"]}");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("自分の団体", (await mine.JsonAsync())["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode); // as if it did not exist
        Http.AssertProblem(await theirs.JsonAsync(), 404);
    }

    [Fact]
    public async Task A_partner_key_cannot_use_staff_endpoints()
    {
        var staff = Api.ClientAs("staff");
        var (own, _) = await staff.RegisterProviderAsync();
        var partner = Api.PartnerClient(await staff.IssueApiKeyAsync(own["id"]!.ToString()));
        var response = await partner.PostAsJsonAsync(Providers, Http.ProviderBody("勝手な登録"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_malformed_revoked_and_expired_keys_all_get_the_same_401()
    {
        var staff = Api.ClientAs("staff");
        var (provider, _) = await staff.RegisterProviderAsync();
        var id = provider["id"]!.ToString();
        var revoked = await staff.IssueApiKeyAsync(id);
        var expired = await staff.IssueApiKeyAsync(id);
        var japanExpiry = await staff.PostAsJsonAsync($"{Providers}/{id}/api-keys", new { expiresAt = DateTimeOffset.UtcNow.AddDays(30).ToOffset(TimeSpan.FromHours(9)) });
        Assert.Equal(HttpStatusCode.Created, japanExpiry.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"{Providers}/{id}/api-keys/{KeyId(revoked)}")).StatusCode);
        await Fixture.ExecuteAsync("UPDATE catalog.partner_api_keys SET expires_at = now() - interval '1 minute' WHERE key_id = $1", KeyId(expired));
        var unknown = "mnb_abcdefghijkm_" + new string('x', 43);
        var wrongSecret = revoked[..^4] + "AAAA";

        var answers = new List<string>();
        foreach (var key in new[] { unknown, "not-a-key", revoked, expired, wrongSecret })
        {
            var response = await Api.PartnerClient(key).GetAsync($"{Providers}/{id}");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var problem = await response.JsonAsync();
            problem.Remove("traceId");
            answers.Add(problem.ToJsonString());
        }
        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task Several_keys_work_at_once_so_partners_can_rotate()
    {
        var staff = Api.ClientAs("staff");
        var (provider, _) = await staff.RegisterProviderAsync();
        var id = provider["id"]!.ToString();
        var oldKey = await staff.IssueApiKeyAsync(id);
        var newKey = await staff.IssueApiKeyAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await Api.PartnerClient(oldKey).GetAsync($"{Providers}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.PartnerClient(newKey).GetAsync($"{Providers}/{id}")).StatusCode);

        await staff.DeleteAsync($"{Providers}/{id}/api-keys/{KeyId(oldKey)}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.PartnerClient(oldKey).GetAsync($"{Providers}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.PartnerClient(newKey).GetAsync($"{Providers}/{id}")).StatusCode);
        var listed = await (await staff.GetAsync($"{Providers}/{id}/api-keys")).JsonArrayAsync();
        Assert.Equal(2, listed.Count);
        Assert.DoesNotContain(listed, k => k!.AsObject().ContainsKey("apiKey"));
    }

    [Fact]
    public async Task A_suspended_providers_key_stops_working_at_once_though_it_was_just_used()
    {
        var staff = Api.ClientAs("staff");
        var (provider, _) = await staff.RegisterProviderAsync();
        var id = provider["id"]!.ToString();
        var partner = Api.PartnerClient(await staff.IssueApiKeyAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"{Providers}/{id}")).StatusCode); // verified, so remembered

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"{Providers}/{id}/suspend", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await partner.GetAsync($"{Providers}/{id}")).StatusCode);
    }

    [Fact]
    public async Task Only_a_keyed_hash_of_the_secret_is_stored()
    {
        var staff = Api.ClientAs("staff");
        var (provider, _) = await staff.RegisterProviderAsync();
        var key = await staff.IssueApiKeyAsync(provider["id"]!.ToString());
        Assert.StartsWith("mnb_", key);
        var stored = await Fixture.ScalarAsync<byte[]>("SELECT secret_hash FROM catalog.partner_api_keys WHERE key_id = $1", KeyId(key));
        Assert.Equal(32, stored.Length);
        var secret = Http.SecretOf(key);
        Assert.DoesNotContain(secret, Convert.ToBase64String(stored));
        Assert.NotEqual(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), stored); // keyed, not a bare hash
    }

    private static string KeyId(string apiKey) => apiKey.Split('_')[1];
}
