using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;

/// <summary>
/// Passbook benchmark: stamps recorded through the API (partner key, Idempotency-Key, outbox row)
/// at 32 concurrent clients, and the history of a learner with 1,000 stamps.
/// </summary>
internal static class PassbookBench
{
    public static async Task<List<string>> RunAsync(HttpClient http, NpgsqlDataSource db, AuthenticationHeaderValue staff, int stamps)
    {
        var report = new List<string>();
        var (providerId, apiKey) = await Setup.ProviderAsync(http, staff);
        var partner = new HttpClient { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
        partner.DefaultRequestHeaders.Add("X-Api-Key", apiKey);

        // 5 past sessions for the measured load, 5 more to warm the API up (the JIT promotes hot
        // code to optimized tiers only after a few thousand requests), 1,000 for the long history.
        // Stamps arrive as attendance lists, session after session, each in random order: stamps
        // arriving together belong to different people, as at a real peak. (Two stamps of one learner
        // at once wait for each other on the learner's row lock, which in practice only a double
        // submission does.)
        var load = await PushSessionsAsync(partner, providerId, "bench-load", 5);
        var warm = await PushSessionsAsync(partner, providerId, "bench-warm-up", 5);
        var history = new List<Guid>();
        history.AddRange(await PushSessionsAsync(partner, providerId, "bench-history-1", 500));
        history.AddRange(await PushSessionsAsync(partner, providerId, "bench-history-2", 500));
        await WaitForSessionsAsync(db, 1010);

        var learners = stamps / load.Count;
        var counter = new HttpClient { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
        counter.DefaultRequestHeaders.Authorization = staff;
        var numbers = new string[learners];
        await Parallel.ForAsync(0, learners, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var learner = await counter.PostAsJsonAsync("/api/v1/passbook/learners", new { displayName = $"ベンチ {i}", nameKana = "べんち", consentVersion = "bench" }, ct);
            numbers[i] = (await learner.Content.ReadFromJsonAsync<JsonObject>(ct))!["passbookNumber"]!.GetValue<string>();
        });

        await StampAsync(partner, AttendanceLists(numbers, warm));
        var cpu = ApiProcess.Cpu();
        var (rate, latencies) = await StampAsync(partner, AttendanceLists(numbers, load));
        var cpuPerStamp = (ApiProcess.Cpu() - cpu).TotalMilliseconds / latencies.Count;
        report.Add($"stamps via API, 32 clients, after {learners * warm.Count:N0} warm-up stamps: {rate:N0} stamps/s" +
            (cpuPerStamp > 0 ? FormattableString.Invariant($", API process CPU {cpuPerStamp:0.00} ms/stamp") : ""));
        report.Add(Stats.Line("stamp latency via API (ms)", latencies));

        // One learner with 1,000 stamps, then their history.
        var heavy = numbers[0];
        foreach (var session in history)
        {
            await partner.PostAsJsonAsync("/api/v1/passbook/stamps", new { passbookNumber = heavy, sessionId = session });
        }
        var heavyId = await db.CreateCommand($"SELECT id FROM passbook.learners WHERE passbook_number = '{heavy.Replace("-", "")}'").ExecuteScalarAsync();
        var times = new List<double>();
        for (var i = 0; i < 300; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await counter.GetAsync($"/api/v1/passbook/learners/{heavyId}/history");
            await response.Content.ReadAsByteArrayAsync();
            if (i >= 100) times.Add(watch.Elapsed.TotalMilliseconds); // the first 100 warm the endpoint up, as for stamps
        }
        report.Add(Stats.Line("history of 1,020 stamps via API (ms)", times));
        return report;
    }

    private static List<(string Number, Guid Session)> AttendanceLists(string[] numbers, List<Guid> sessions) =>
        sessions.SelectMany(s => numbers.OrderBy(_ => Random.Shared.Next()).Select(n => (Number: n, Session: s))).ToList();

    /// <summary>Records every (passbook, session) pair at 32 concurrent clients, each with its own Idempotency-Key.</summary>
    private static async Task<(double PerSecond, List<double> Latencies)> StampAsync(HttpClient partner, List<(string Number, Guid Session)> work)
    {
        var (latencies, perSecond) = await ClosedLoop.RunAsync(work, 32, async item =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/passbook/stamps")
            {
                Content = JsonContent.Create(new { passbookNumber = item.Number, sessionId = item.Session }),
            };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var response = await partner.SendAsync(request);
            if ((int)response.StatusCode != 201) throw new InvalidOperationException($"stamp: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        });
        return (perSecond, latencies);
    }

    private static async Task<List<Guid>> PushSessionsAsync(HttpClient partner, string providerId, string externalId, int count)
    {
        var start = DateTimeOffset.UtcNow.AddDays(-count - 1);
        var body = new
        {
            kind = "Course", title = $"ベンチマーク講座 {externalId}", titleKana = "べんちまーく", fields = new[] { "local-culture.history" },
            stampRallyEligible = true, creditsPerSession = 1, status = "Published",
            sessions = Enumerable.Range(0, count).Select(i => new { externalId = $"s{i}", startsAt = start.AddDays(i), endsAt = start.AddDays(i).AddHours(1) }),
        };
        (await partner.PutAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities/{externalId}", body)).EnsureSuccessStatusCode();
        var read = await partner.GetFromJsonAsync<JsonObject>($"/api/v1/catalog/providers/{providerId}/opportunities/{externalId}");
        return read!["sessions"]!.AsArray().Select(s => s!["id"]!.GetValue<Guid>()).ToList();
    }

    private static async Task WaitForSessionsAsync(NpgsqlDataSource db, long count)
    {
        for (var i = 0; i < 600; i++)
        {
            await using var command = db.CreateCommand("SELECT count(*) FROM passbook.programme_sessions");
            if ((long)(await command.ExecuteScalarAsync())! >= count) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("Passbook did not receive the benchmark programmes.");
    }
}
