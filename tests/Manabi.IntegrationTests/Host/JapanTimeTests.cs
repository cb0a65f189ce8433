using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Host;

public sealed class JapanTimeTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Every_instant_a_learner_reads_about_themselves_is_in_Japan_time()
    {
        var learner = Api.ClientAs("learner", "jst");
        var registered = await (await learner.PostAsJsonAsync("/api/v1/passbook/learners",
            new { displayName = "千歳 花子", nameKana = "ちとせ はなこ", consentVersion = "2026-04" })).JsonAsync();
        var credential = await (await learner.PostAsync("/api/v1/passbook/learners/me/credentials/learning-history", null)).JsonAsync();
        var export = await (await learner.GetAsync("/api/v1/passbook/learners/me/personal-data")).JsonAsync();

        var instants = new[] { registered, credential, export }.SelectMany(Instants).ToList();

        Assert.NotEmpty(instants);
        Assert.All(instants, i => Assert.EndsWith("+09:00", i));
        Assert.Contains(registered["registeredAt"]!.GetValue<string>(), instants);
        Assert.Contains(credential["issuedAt"]!.GetValue<string>(), instants);
    }

    /// <summary>Every string in the answer that parses as an instant with an offset.</summary>
    private static IEnumerable<string> Instants(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Instants(p.Value)),
        JsonArray a => a.SelectMany(Instants),
        JsonValue v when v.TryGetValue<string>(out var s) && s.Length >= 20 && s[10] == 'T' && DateTimeOffset.TryParse(s, out _) => [s],
        _ => [],
    };
}
