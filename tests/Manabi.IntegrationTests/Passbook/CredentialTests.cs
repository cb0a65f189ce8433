using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Manabi.IntegrationTests.Passbook;

public sealed class CredentialTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_awarded_commendation_comes_with_a_credential_that_verifies_against_the_JWKS_until_revoked()
    {
        var staff = Api.ClientAs("staff");
        await staff.PostAsJsonAsync("/api/v1/passbook/levels", new { name = "はじめの一歩", credits = 1 });
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(start: DateTimeOffset.UtcNow.AddHours(-1), sessions: 1));
        var session = (await partner.SessionIdsAsync(providerId, "c1"))[0];
        var hanako = Api.ClientAs("learner", "hanako");
        var number = (await (await hanako.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" })).JsonAsync())["passbookNumber"]!.GetValue<string>();
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM passbook.programme_sessions"), n => n == 1);
        var stamp = (await (await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = number, sessionId = session })).JsonAsync())["stampId"]!.GetValue<string>();
        var pending = await (await staff.GetAsync("/api/v1/passbook/commendations")).JsonArrayAsync();
        await staff.PostAsJsonAsync("/api/v1/passbook/commendations/award", new { commendationIds = new[] { pending[0]!["id"]!.GetValue<string>() }, ceremonyDate = "2027-03-01" });

        var credential = Assert.Single(await (await hanako.GetAsync("/api/v1/passbook/learners/me/credentials")).JsonArrayAsync())!;
        var mine = Assert.Single(await (await hanako.GetAsync("/api/v1/passbook/learners/me/commendations")).JsonArrayAsync())!;
        Assert.Equal(["はじめの一歩", "Awarded", "2027-03-01", credential["id"]!.GetValue<string>()],
            new[] { mine["levelName"], mine["status"], mine["awardedOn"], mine["credentialId"] }.Select(v => v!.GetValue<string>()));
        var token = credential["token"]!.GetValue<string>();

        // Verify with a standard JWT library against the published keys, as a verifier would.
        var anonymous = Api.CreateClient();
        var jwks = new JsonWebKeySet(await anonymous.GetStringAsync("/.well-known/jwks.json"));
        var handler = new JsonWebTokenHandler();
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(), ValidateAudience = false, ValidIssuer = $"{anonymous.BaseAddress!.ToString().TrimEnd('/')}/api/v1/credentials/issuer",
            RequireExpirationTime = false, ValidateLifetime = true,
        };
        var result = await handler.ValidateTokenAsync(token, parameters);
        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal("JWT", jwt.Typ); // Open Badges 3.0 §8.2
        Assert.Equal(jwt.Kid, Assert.Single(jwks.Keys).Kid);
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");
        Assert.False((await handler.ValidateTokenAsync(tampered, parameters)).IsValid);

        var vc = JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.Split('.')[1])))!;
        Assert.Equal(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            vc["@context"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], vc["type"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("千歳市教育委員会", vc["issuer"]!["name"]!.GetValue<string>());
        Assert.Equal("AchievementSubject", vc["credentialSubject"]!["type"]![0]!.GetValue<string>());
        Assert.Equal(1m, vc["credentialSubject"]!["achievement"]!["creditsAvailable"]!.GetValue<decimal>());
        // The registered claims mirror the credential (a conforming verifier rejects a token without nbf).
        Assert.Equal(vc["issuer"]!["id"]!.GetValue<string>(), jwt.Issuer);
        Assert.Equal(vc["id"]!.GetValue<string>(), jwt.Id);
        Assert.Equal(vc["credentialSubject"]!["id"]!.GetValue<string>(), jwt.Subject);
        Assert.Equal(DateTimeOffset.Parse(vc["validFrom"]!.GetValue<string>(), CultureInfo.InvariantCulture).UtcDateTime, jwt.ValidFrom);
        // The issuer and the achievement answer at the addresses the credential names.
        var profile = await (await anonymous.GetAsync(jwt.Issuer)).JsonAsync();
        Assert.Equal(jwt.Issuer, profile["id"]!.GetValue<string>());
        Assert.Equal("千歳市教育委員会", profile["name"]!.GetValue<string>());
        var achievementId = vc["credentialSubject"]!["achievement"]!["id"]!.GetValue<string>();
        var achievement = await (await anonymous.GetAsync(achievementId)).JsonAsync();
        Assert.Equal(achievementId, achievement["id"]!.GetValue<string>());
        Assert.Equal("はじめの一歩", achievement["name"]!.GetValue<string>());

        Assert.Equal(1, await EventuallyAsync(CommendedAsync, n => n == 1)); // indicator 24-3 counts the award
        Assert.False(await Credentials.RevokedInStatusListAsync(Api.CreateClient(), vc["credentialStatus"]!));
        // The stamp is voided: the commendation falls, and its credential is revoked with it.
        await partner.PostAsJsonAsync($"/api/v1/passbook/stamps/{stamp}/void", new { reason = "記録違い" });
        Assert.True(await Credentials.RevokedInStatusListAsync(Api.CreateClient(), vc["credentialStatus"]!));
        Assert.Equal(0, await EventuallyAsync(CommendedAsync, n => n == 0)); // and forgets it when withdrawn
    }

    private async Task<int> CommendedAsync()
    {
        var series = await (await Api.CreateClient().GetAsync("/api/v1/indicators/computations/CommendedLearners")).JsonAsync();
        return series["years"]!.AsArray().Sum(y => y!["items"]!.GetValue<int>());
    }

    [Fact]
    public async Task Learners_can_get_a_history_credential_and_staff_can_revoke_it()
    {
        var hanako = Api.ClientAs("learner", "hanako");
        await hanako.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" });
        var issued = await hanako.PostAsync("/api/v1/passbook/learners/me/credentials/learning-history", null);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var id = (await issued.JsonAsync())["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Forbidden, (await hanako.PostAsJsonAsync($"/api/v1/passbook/credentials/{id}/revoke", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Api.ClientAs("staff").PostAsJsonAsync($"/api/v1/passbook/credentials/{id}/revoke", new { reason = "誤発行" })).StatusCode);
        Assert.Equal("revoked", (await (await Api.CreateClient().GetAsync($"/api/v1/passbook/credentials/{id}/status")).JsonAsync())["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await Api.CreateClient().GetAsync($"/api/v1/passbook/credentials/{Guid.NewGuid()}/status")).StatusCode);
    }

    [Fact]
    public async Task A_learner_who_deletes_their_data_leaves_no_credential_that_still_verifies_as_valid()
    {
        var hanako = Api.ClientAs("learner", "hanako-erased");
        await hanako.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" });
        var issued = await (await hanako.PostAsync("/api/v1/passbook/learners/me/credentials/learning-history", null)).JsonAsync();
        var vc = Credentials.Payload(issued["token"]!.GetValue<string>());
        Assert.False(await Credentials.RevokedInStatusListAsync(Api.CreateClient(), vc["credentialStatus"]!));
        var achievementId = vc["credentialSubject"]!["achievement"]!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await Api.CreateClient().GetAsync(achievementId)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await hanako.DeleteAsync("/api/v1/passbook/learners/me")).StatusCode);

        Assert.True(await Credentials.RevokedInStatusListAsync(Api.CreateClient(), vc["credentialStatus"]!));
    }
}
