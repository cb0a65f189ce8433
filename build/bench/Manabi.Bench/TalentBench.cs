using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;

/// <summary>
/// TalentRegistry benchmark: a register of N people (through the API) with M activity records (through
/// 5,000-row spreadsheet uploads, each timed), then matching needs at 32 concurrent clients beside the
/// matcher's two SQL statements through raw Npgsql, and the cost of recording an activity from
/// Catalog's held-session event.
/// </summary>
internal static class TalentBench
{
    private static readonly string[] Areas = ["中央", "北部", "東部", "西部", "南部", "向陽台", "支笏湖"];

    public static async Task<List<string>> RunAsync(HttpClient http, NpgsqlDataSource db, AuthenticationHeaderValue staff, int people, int records)
    {
        var report = new List<string>();
        var client = new HttpClient { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
        client.DefaultRequestHeaders.Authorization = staff;
        var fields = (await client.GetFromJsonAsync<JsonArray>("/api/v1/catalog/fields"))!
            .Select(f => (Code: f!["code"]!.GetValue<string>(), Parent: f["parentCode"]?.GetValue<string>())).ToList();
        var leaves = fields.Where(f => f.Parent is not null).Select(f => f.Code).ToArray();
        var random = new Random(24);

        // The register: 60 % instructors, 40 % volunteers, two fields and an area each, free most weekday mornings and Saturdays.
        var ids = new string[people];
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, people, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var rng = new Random(i);
            var form = new
            {
                name = $"ベンチ {i}", nameKana = "べんち", birthYear = 1950 + i % 50, area = Areas[i % Areas.Length],
                roles = new[] { i % 5 < 3 ? "Instructor" : "Volunteer" }, fields = new[] { leaves[rng.Next(leaves.Length)], leaves[rng.Next(leaves.Length)] },
                availability = new[] { "Monday", "Wednesday", "Saturday" }.SelectMany(d => new[] { new { weekday = d, band = "Morning" }, new { weekday = d, band = "Afternoon" } }),
                publishProfile = true, consentVersion = "bench", pledge = true,
            };
            var created = await (await client.PostAsJsonAsync("/api/v1/talent/people", form, ct)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>(ct);
            ids[i] = created!["id"]!.GetValue<string>();
            (await client.PostAsJsonAsync($"/api/v1/talent/people/{ids[i]}/status", new { status = "Active" }, ct)).EnsureSuccessStatusCode();
        });
        report.Add(FormattableString.Invariant($"register: {people:N0} people registered and accepted through the API in {watch.Elapsed.TotalSeconds:0.0} s"));

        // A year of activity through the spreadsheet upload, 5,000 rows a file.
        var uploads = new List<double>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        for (var start = 0; start < records; start += 5000)
        {
            var csv = new StringBuilder("personId,role,kind,date,hours,reference\n");
            for (var row = start; row < Math.Min(records, start + 5000); row++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{ids[random.Next(people)]},Volunteer,Other,{today.AddDays(-random.Next(1, 365)):yyyy/MM/dd},2,行事{row}\n");
            }
            var timer = Stopwatch.StartNew();
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())) { Headers = { ContentType = new("text/csv") } };
            (await client.PostAsync("/api/v1/talent/activities/upload", content)).EnsureSuccessStatusCode();
            uploads.Add(timer.Elapsed.TotalSeconds);
        }
        report.Add(Stats.Line("5,000-row activity CSV upload (s)", uploads));

        // Needs: instructors for a field (half top-level, half a sub-field) and an area, on two coming Saturdays.
        var saturday = today.AddDays(((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7 + 7);
        var needs = new List<(string Id, string[] Codes, string Area)>();
        for (var k = 0; k < 40; k++)
        {
            var field = k % 2 == 0 ? fields[random.Next(fields.Count)].Code : leaves[random.Next(leaves.Length)];
            var area = Areas[k % Areas.Length];
            var need = await Setup.SendAsync(http, staff, HttpMethod.Post, "/api/v1/talent/needs", new
            {
                title = $"講師の依頼 {k}", requester = "CitizenGroup", requesterName = "ベンチ団体", role = "Instructor", fields = new[] { field }, area,
                dates = new[] { saturday.ToString("yyyy-MM-dd"), saturday.AddDays(7).ToString("yyyy-MM-dd") }, band = "Morning", peopleNeeded = 2,
            });
            var codes = fields.Where(f => f.Code == field || f.Parent == field).Select(f => f.Code).ToArray();
            needs.Add((need["id"]!.GetValue<string>(), codes, area));
        }
        var requests = Enumerable.Range(0, 4000).Select(i => needs[i % needs.Count]).ToList();
        await ClosedLoop.RunAsync(requests.Take(1000).ToList(), 32, async n => (await client.GetAsync($"/api/v1/talent/needs/{n.Id}/matches")).EnsureSuccessStatusCode());
        var api = await ClosedLoop.RunAsync(requests, 32, async n =>
        {
            using var response = await client.GetAsync($"/api/v1/talent/needs/{n.Id}/matches");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        });
        report.Add(Stats.Line("matching via API, 32 clients (ms)", api.Latencies) + FormattableString.Invariant($"  {api.Throughput:N0} req/s"));
        // A list is kept until anything it read changes; these requests repeat 40 needs, so most are kept lists.
        // A match computed afresh: each request follows a change (a need touched through SQL moves the change number).
        var fresh = new List<double>();
        foreach (var n in requests.Take(400))
        {
            await using (var touch = db.CreateCommand("UPDATE talent.needs SET title = title WHERE id = @id"))
            {
                touch.Parameters.AddWithValue("id", Guid.Parse(n.Id));
                await touch.ExecuteNonQueryAsync();
            }
            var timer = Stopwatch.StartNew();
            using var response = await client.GetAsync($"/api/v1/talent/needs/{n.Id}/matches");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            fresh.Add(timer.Elapsed.TotalMilliseconds);
        }
        report.Add(Stats.Line("a match computed afresh after a change, 1 client (ms)", fresh));
        // Computing the match from the database: the candidates sharing a field, then their activity in the
        // last 12 months (counted up to 13). This is what the matcher did before its in-memory register.
        var raw = await ClosedLoop.RunAsync(requests, 32, async n =>
        {
            await using var connection = await db.OpenConnectionAsync();
            var candidates = new List<Guid>();
            await using (var command = new NpgsqlCommand(
                "SELECT * FROM talent.people WHERE 0 = ANY(roles) AND erased_at IS NULL AND status NOT IN ('Declined','Retired') AND fields && @codes", connection))
            {
                command.Parameters.AddWithValue("codes", n.Codes);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) candidates.Add(reader.GetGuid(0));
            }
            await using var load = new NpgsqlCommand(
                "SELECT p, (SELECT count(*) FROM (SELECT 1 FROM talent.activity_records r WHERE r.person_id = p AND r.voided_at IS NULL AND r.date >= @since LIMIT 13) x) " +
                "FROM unnest(@ids) AS p", connection);
            load.Parameters.AddWithValue("ids", candidates.ToArray());
            load.Parameters.AddWithValue("since", today.AddMonths(-12));
            await using var counts = await load.ExecuteReaderAsync();
            while (await counts.ReadAsync()) { }
        });
        report.Add(Stats.Line("the match computed in SQL via Npgsql, 32 clients (ms)", raw.Latencies) + FormattableString.Invariant($"  {raw.Throughput:N0} req/s"));
        // What the API still sends per match: the need with its proposals, the register's latest change
        // number, and who is already assigned on the need's dates. The floor under the API's figure.
        var statements = await ClosedLoop.RunAsync(requests, 32, async n =>
        {
            await using var connection = await db.OpenConnectionAsync();
            await using (var need = new NpgsqlCommand(
                "SELECT * FROM talent.needs n LEFT JOIN talent.proposals p ON p.need_id = n.id WHERE n.id = @id", connection))
            {
                need.Parameters.AddWithValue("id", Guid.Parse(n.Id));
                await using var reader = await need.ExecuteReaderAsync();
                while (await reader.ReadAsync()) { }
            }
            await using (var latest = new NpgsqlCommand(
                "SELECT coalesce(greatest((SELECT max(change_number) FROM talent.people), (SELECT max(change_number) FROM talent.activity_records)), 0)", connection))
            {
                await latest.ExecuteScalarAsync();
            }
            await using var assigned = new NpgsqlCommand(
                "SELECT p.person_id FROM talent.proposals p WHERE p.status = 'Accepted' AND p.need_id <> @id AND EXISTS (SELECT 1 FROM talent.needs o " +
                "WHERE o.id = p.need_id AND o.status = 'Open' AND o.band = 'Morning' AND o.dates && @dates)", connection);
            assigned.Parameters.AddWithValue("id", Guid.Parse(n.Id));
            assigned.Parameters.AddWithValue("dates", new[] { saturday, saturday.AddDays(7) });
            await using var rows = await assigned.ExecuteReaderAsync();
            while (await rows.ReadAsync()) { }
        });
        report.Add(Stats.Line("the API's per-match statements via Npgsql, 32 clients (ms)", statements.Latencies)
            + FormattableString.Invariant($"  {statements.Throughput:N0} req/s"));
        var (apiP95, rawP95, statementsP95) = (Stats.P(api.Latencies, 95), Stats.P(raw.Latencies, 95), Stats.P(statements.Latencies, 95));
        report.Add(FormattableString.Invariant($"API / computed-in-SQL p95 ratio: {apiP95 / rawP95:0.00}; API / its statements p95 ratio: {apiP95 / statementsP95:0.0}"));

        // Catalog's held-session events, each naming one registered instructor: the consumer's time per event.
        var (providerId, apiKey) = await Setup.ProviderAsync(http, staff);
        var partner = new HttpClient { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
        partner.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var first = DateTimeOffset.UtcNow.AddDays(-20);
        var sessions = Enumerable.Range(0, 400).Select(s => new
        {
            externalId = $"s{s}", startsAt = first.AddMinutes(60 * s).ToString("O"), endsAt = first.AddMinutes(60 * s + 50).ToString("O"),
        }).ToArray();
        (await partner.PutAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities/bench-held", new
        {
            kind = "Course", title = "ベンチ講座", titleKana = "べんちこうざ", fields = new[] { leaves[0] }, status = "Published",
            instructors = new[] { new { name = "ベンチ講師", kind = "Citizen", personId = ids[0] } }, sessions,
        })).EnsureSuccessStatusCode();
        foreach (var s in sessions)
        {
            (await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities/bench-held/sessions/{s.externalId}/held",
                new { participants = 10 })).EnsureSuccessStatusCode();
        }
        var delivered = Stopwatch.StartNew();
        while (await CountAsync(db, "SELECT count(*) FROM talent.inbox_messages WHERE consumer LIKE '%SessionHeldConsumer'") < sessions.Length)
        {
            await Task.Delay(100);
        }
        report.Add(FormattableString.Invariant(
            $"held-session events to activity records: all {sessions.Length} recorded {delivered.Elapsed.TotalSeconds:0.0} s after the last report (dispatcher pacing included)"));
        // What the consumer adds, through raw Npgsql: its inbox mark, the person lookup, the insert and its outbox row, in one transaction.
        var consumer = new List<double>();
        for (var e = 0; e < 500; e++)
        {
            var timer = Stopwatch.StartNew();
            await using var connection = await db.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var batch = new NpgsqlBatch(connection, transaction)
            {
                BatchCommands =
                {
                    new($"INSERT INTO talent.inbox_messages (message_id, consumer, processed_at) VALUES ('{Guid.NewGuid()}', 'bench', now())"),
                    new($"SELECT id FROM talent.people WHERE id = '{ids[e % people]}'"),
                    new("INSERT INTO talent.activity_records (id, person_id, role, kind, date, source, occurrence_key, recorded_by, recorded_at, is_demo) " +
                        $"VALUES ('{Guid.NewGuid()}', '{ids[e % people]}', 'Instructor', 'CourseSession', current_date, 'CatalogSession', 'bench:{Guid.NewGuid()}', 'bench', now(), false) " +
                        "ON CONFLICT (person_id, occurrence_key) DO NOTHING"),
                    new($"INSERT INTO talent.outbox_messages (id, event_type, payload, occurred_at, attempts, next_attempt_at, processed_at) VALUES ('{Guid.NewGuid()}', 'bench', '{{}}', now(), 0, now(), now())"),
                },
            };
            await batch.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            consumer.Add(timer.Elapsed.TotalMilliseconds);
        }
        report.Add(Stats.Line("the consumer's statements via Npgsql, 1 client (ms)", consumer));
        return report;
    }

    private static async Task<long> CountAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
