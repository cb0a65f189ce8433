using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Manabi.Api.Setup;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Manabi.IntegrationTests.Fuzz;

/// <summary>
/// For every operation in the OpenAPI document, seeded variants of a valid request: each property
/// missing, null, of the wrong type, empty, too long, out of range, a NUL, a control character, a
/// lone surrogate, an unknown enum value; each query and path parameter likewise; odd
/// <c>Accept</c> headers; other callers. No answer may be a 5xx, and every error must be an RFC 9457
/// problem with <c>type</c>, <c>instance</c> and <c>traceId</c>. A value just past a limit the
/// document declares (maxLength, maximum, maxItems) must be refused.
/// </summary>
public sealed class ApiFuzzTests(ApiFixture fixture, ITestOutputHelper output) : ApiTest(fixture)
{
    private const int Seed = 20261201;

    [Fact]
    public async Task No_generated_request_gets_a_server_error_or_an_error_that_is_not_a_problem()
    {
        var data = await SeedAsync();
        var document = JsonNode.Parse(await Api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();
        var cases = new FuzzPlan(document, data, new Random(Seed)).Cases().ToList();

        var clients = new Dictionary<FuzzCaller, HttpClient>
        {
            [FuzzCaller.Staff] = Api.ClientAs("staff"),
            [FuzzCaller.Partner] = Api.PartnerClient(data.ApiKey),
            [FuzzCaller.Learner] = Api.ClientAs("learner", data.LearnerSubject),
            [FuzzCaller.Anonymous] = Api.CreateClient(),
        };
        var faults = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        int pastLimit = 0, refusedPastLimit = 0;
        foreach (var fuzzCase in cases)
        {
            var (status, fault) = await SendAsync(clients[fuzzCase.Caller], fuzzCase);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (fuzzCase.PastDeclaredLimit)
            {
                // The document's limits are the validators' own: a value past one is refused, never stored.
                fault ??= status < 400 ? $"{status}: accepted past the limit the document declares" : null;
                refusedPastLimit += status == 400 ? 1 : 0;
                pastLimit++;
            }
            if (fault is not null)
            {
                faults.Add($"{fault}: {fuzzCase}");
            }
        }

        faults.ForEach(output.WriteLine);
        output.WriteLine($"{cases.Count} generated requests over {document["paths"]!.AsObject().Sum(p => p.Value!.AsObject().Count)} operations; " +
            $"{faults.Count} faults; answers: {string.Join(", ", statuses.Select(s => $"{s.Key} × {s.Value}"))}; " +
            $"{refusedPastLimit} of {pastLimit} values past a declared limit refused with 400");
        Assert.True(cases.Count > 2000, $"only {cases.Count} requests were generated");
        Assert.True(pastLimit > 100 && refusedPastLimit > 90, $"only {refusedPastLimit} of {pastLimit} values past a declared limit reached the validators");
        Assert.True(faults.Count == 0, $"{faults.Count} of {cases.Count} requests failed:\n" + string.Join('\n', faults.Take(40)));
    }

    private static async Task<(int Status, string? Fault)> SendAsync(HttpClient client, FuzzCase fuzzCase)
    {
        using var request = new HttpRequestMessage(new HttpMethod(fuzzCase.Method), fuzzCase.Url);
        if (fuzzCase.Body is not null)
        {
            request.Content = new StringContent(fuzzCase.Body, Encoding.UTF8, "application/json");
        }
        if (fuzzCase.Accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", fuzzCase.Accept);
        }
        if (fuzzCase.Method is "POST" or "PUT")
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString());
        }
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        return (status, await FaultAsync(fuzzCase, response));
    }

    /// <summary>What is wrong with an answer, if anything.</summary>
    private static async Task<string?> FaultAsync(FuzzCase fuzzCase, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            return $"{status}";
        }
        if (status < 400)
        {
            return null;
        }
        // A NUL in the path is refused by Kestrel while it parses the request line, before any
        // application code runs: an empty 400, and the connection closes. Nothing reaches the API.
        if (status == 400 && fuzzCase.Path.Contains("%00", StringComparison.Ordinal) && text.Length == 0)
        {
            return null;
        }
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}";
        }
        JsonObject? problem;
        try
        {
            problem = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            problem = null;
        }
        if (problem is null)
        {
            return $"{status} with a body that is not a JSON object";
        }
        var missing = new[] { "type", "title", "status", "instance", "traceId" }.Where(member => problem[member] is null).ToList();
        if (missing.Count > 0)
        {
            return $"{status} without {string.Join(", ", missing)}";
        }
        return text.Contains("   at ", StringComparison.Ordinal) ? $"{status} with a stack trace" : null;
    }

    /// <summary>Real records for the generated requests to refer to: demo data plus a partner's own.</summary>
    private async Task<FuzzData> SeedAsync()
    {
        await DatabaseSetup.SeedDemoDataAsync(Api.Services, CancellationToken.None);
        var staff = Api.ClientAs("staff");
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api, "ファズ検査協会");
        var apiKey = partner.DefaultRequestHeaders.GetValues("X-Api-Key").Single();
        var venueId = await CatalogData.VenueAsync(partner, "ファズ会館");
        (await partner.PushAsync(providerId, "fuzz-course", CatalogData.Opportunity(venueId: venueId, start: DateTimeOffset.UtcNow.AddMinutes(5))))
            .EnsureSuccessStatusCode();
        var sessionId = (await partner.SessionIdsAsync(providerId, "fuzz-course"))[0];
        const string subject = "fuzz-learner";
        var learner = await (await Api.ClientAs("learner", subject).PostAsJsonAsync("/api/v1/passbook/learners",
            new { displayName = "検査 花子", nameKana = "けんさ はなこ", birthYear = 1980, area = "中央", consentVersion = "2026-04" })).JsonAsync();
        var topics = await (await staff.GetAsync("/api/v1/catalog/delivery-lectures/topics")).JsonArrayAsync();
        return new FuzzData(providerId, apiKey, venueId.ToString(), sessionId.ToString(), "fuzz-course", "s1",
            learner["id"]!.ToString(), learner["passbookNumber"]!.ToString(), subject, topics[0]!["id"]!.ToString());
    }
}

/// <summary>The ids the generated requests use where a valid request would.</summary>
internal sealed record FuzzData(
    string ProviderId, string ApiKey, string VenueId, string SessionId, string ExternalId, string SessionExternalId,
    string LearnerId, string PassbookNumber, string LearnerSubject, string TopicId);
