using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;

/// <summary>
/// SchoolCommunityCoordination benchmark: 50 districts and 300 schools set up through the API,
/// coordinators commissioned, 20,000 held sessions with 200,000 participations uploaded as 2,000-row
/// spreadsheets (each timed), then the coverage report at 16 concurrent clients beside its SQL
/// statements through raw Npgsql.
/// </summary>
internal static class SchoolBench
{
    private const int Districts = 50;
    private const int SchoolsPerDistrict = 6;

    public static async Task<List<string>> RunAsync(HttpClient http, NpgsqlDataSource db, AuthenticationHeaderValue staff, int sessions, int perSession)
    {
        var report = new List<string>();
        var client = new HttpClient { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
        client.DefaultRequestHeaders.Authorization = staff;
        const string Base = "/api/v1/school-community";

        // Volunteers (children supporters) in the talent register: a pool the sessions draw from.
        var field = (await client.GetFromJsonAsync<JsonArray>("/api/v1/catalog/fields"))!.First(f => f!["parentCode"] is not null)!["code"]!.GetValue<string>();
        var volunteers = new string[1000];
        await Parallel.ForAsync(0, volunteers.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var form = new
            {
                name = $"ベンチ支援者 {i}", nameKana = "べんち", birthYear = 1960 + i % 40, area = "中央", roles = new[] { "ChildrenSupporter" },
                fields = new[] { field }, availability = new[] { new { weekday = "Saturday", band = "Morning" } }, publishProfile = false,
                consentVersion = "bench", pledge = true,
            };
            var created = await (await client.PostAsJsonAsync("/api/v1/talent/people", form, ct)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>(ct);
            volunteers[i] = created!["id"]!.GetValue<string>();
            (await client.PostAsJsonAsync($"/api/v1/talent/people/{volunteers[i]}/status", new { status = "Active" }, ct)).EnsureSuccessStatusCode();
        });

        // Districts with six schools each (every sixth elementary school small), a coordinator for 45 of them, four activities each.
        var year = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)) is var today && today.Month >= 4 ? today.Year : today.Year - 1;
        var activities = new List<string>();
        for (var d = 0; d < Districts; d++)
        {
            var district = (await (await client.PostAsJsonAsync($"{Base}/districts", new { code = $"bench-{d}", name = $"ベンチ{d}中学校区" })).EnsureSuccessStatusCode()
                .Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            var schools = new List<string>();
            for (var s = 0; s < SchoolsPerDistrict; s++)
            {
                var school = (await (await client.PostAsJsonAsync($"{Base}/schools", new
                {
                    code = $"bench-{d}-{s}", name = $"ベンチ{d}-{s}学校", kind = s == SchoolsPerDistrict - 1 ? "JuniorHigh" : "Elementary", districtId = district,
                })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
                if (s == 2 && d % 2 == 0)
                {
                    (await client.PutAsJsonAsync($"{Base}/schools/{school}/small-years/{year}", new { small = true, reason = "ベンチ" })).EnsureSuccessStatusCode();
                }
                schools.Add(school);
            }
            if (d >= 45) continue;
            (await client.PostAsJsonAsync($"{Base}/commissions", new { personId = volunteers[d], districtIds = new[] { district }, from = $"{year}-04-01" }))
                .EnsureSuccessStatusCode();
            foreach (var kind in new[] { "AfterSchoolWeekend", "SchoolSupport", "CommunityEventLink", "FamilyEducationSupport" })
            {
                activities.Add((await (await client.PostAsJsonAsync($"{Base}/activities", new
                {
                    districtId = district, schoolIds = schools.Take(kind == "AfterSchoolWeekend" ? 4 : 6), kind, title = $"ベンチ {kind}", coordinatorRun = true,
                })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
            }
        }

        // The sessions, through the spreadsheet upload, 2,000 rows a file.
        var random = new Random(25);
        var uploads = new List<double>();
        var drains = new List<double>();
        var first = new DateOnly(year, 4, 1);
        var days = Math.Max(1, today.DayNumber - first.DayNumber);
        for (var start = 0; start < sessions; start += 2000)
        {
            var csv = new StringBuilder("activityId,date,startsAt,endsAt,place,status,children,registeredPersonIds,unregisteredHelpers\n");
            for (var row = start; row < Math.Min(sessions, start + 2000); row++)
            {
                var people = string.Join(' ', Enumerable.Range(0, perSession).Select(_ => volunteers[random.Next(volunteers.Length)]).Distinct());
                var startsAt = new TimeOnly(8, 0).AddMinutes(row % 40 * 15);
                csv.Append(CultureInfo.InvariantCulture,
                    $"{activities[row % activities.Count]},{first.AddDays(row / activities.Count % days):yyyy/MM/dd},{startsAt:H:mm},{startsAt.AddHours(1):H:mm},体育館,Held,20,{people},2\n");
            }
            if (start == 0)
            {
                // Warm-up, as for the reads: the file's first 100 rows once, so the timed uploads are not the host's first
                // (they come back Unchanged in the first timed file).
                await UploadAsync(string.Join('\n', csv.ToString().Split('\n').Take(101)) + "\n");
                await DrainAsync(TimeSpan.FromMinutes(1));
            }
            uploads.Add(await UploadAsync(csv.ToString()));
            // Each upload on a system otherwise at rest, as a school's would be: the events of the last one consumed first.
            drains.Add(await DrainAsync(TimeSpan.FromMinutes(3)));
        }
        report.Add(Stats.Line("2,000-row sessions CSV upload (s)", uploads));
        report.Add("  each upload (s): " + string.Join(", ", uploads.Select(u => u.ToString("0.00", CultureInfo.InvariantCulture))));
        await using (var counts = db.CreateCommand("SELECT (SELECT count(*) FROM school_community.collaboration_sessions), (SELECT count(*) FROM school_community.participations)"))
        await using (var reader = await counts.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            report.Add(FormattableString.Invariant($"data: {Districts} districts, {Districts * SchoolsPerDistrict} schools, {reader.GetInt64(0):N0} sessions, {reader.GetInt64(1):N0} participations"));
        }
        report.Add(Stats.Line("events of one upload consumed (s)", drains) + "  (TalentRegistry's activity records, Indicators' counts)");
        await using (var analyze = db.CreateCommand("ANALYZE"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        var requests = Enumerable.Range(0, 2000).ToList();
        await ClosedLoop.RunAsync(requests.Take(300).ToList(), 16, async _ => (await client.GetAsync($"{Base}/coverage?fiscalYear={year}")).EnsureSuccessStatusCode());
        var api = await ClosedLoop.RunAsync(requests, 16, async _ =>
        {
            using var response = await client.GetAsync($"{Base}/coverage?fiscalYear={year}");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        });
        report.Add(Stats.Line("coverage via API, 16 clients (ms)", api.Latencies) + FormattableString.Invariant($"  {api.Throughput:N0} req/s"));
        // The report's statements, as the handler sends them, through raw Npgsql.
        string[] statements =
        [
            "SELECT * FROM school_community.districts ORDER BY code",
            "SELECT * FROM school_community.schools ORDER BY code",
            "SELECT district_ids FROM school_community.commissions WHERE \"from\" <= @last AND (until IS NULL OR until >= @first)",
            "SELECT a.district_id, a.school_ids, a.kind, a.coordinator_run, y.* FROM school_community.activity_years y " +
                "JOIN school_community.activities a ON a.id = y.activity_id WHERE y.fiscal_year = @year",
        ];
        var raw = await ClosedLoop.RunAsync(requests, 16, async _ =>
        {
            await using var connection = await db.OpenConnectionAsync();
            foreach (var sql in statements)
            {
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddWithValue("first", first);
                command.Parameters.AddWithValue("last", new DateOnly(year + 1, 3, 31));
                command.Parameters.AddWithValue("year", year);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) { }
            }
        });
        report.Add(Stats.Line("its SQL via Npgsql, 16 clients (ms)", raw.Latencies) + FormattableString.Invariant($"  {raw.Throughput:N0} req/s"));
        report.Add(FormattableString.Invariant($"API / SQL p95 ratio: {Stats.P(api.Latencies, 95) / Stats.P(raw.Latencies, 95):0.0}"));

        // A report computed afresh: each time after a change (a school's small flag for the year set and cleared), one client.
        var flagged = (await client.GetFromJsonAsync<JsonArray>($"{Base}/districts"))!.SelectMany(d => d!["schools"]!.AsArray()).First()!["id"]!.GetValue<string>();
        var fresh = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            (await client.PutAsJsonAsync($"{Base}/schools/{flagged}/small-years/{year}", new { small = i % 2 == 0, reason = "ベンチ" })).EnsureSuccessStatusCode();
            var timer = Stopwatch.StartNew();
            (await client.GetAsync($"{Base}/coverage?fiscalYear={year}")).EnsureSuccessStatusCode();
            fresh.Add(timer.Elapsed.TotalMilliseconds);
        }
        report.Add(Stats.Line("coverage afresh after a change (ms)", fresh));
        return report;

        async Task<double> DrainAsync(TimeSpan limit)
        {
            var drain = Stopwatch.StartNew();
            while (drain.Elapsed < limit)
            {
                await using var pending = db.CreateCommand(
                    "SELECT (SELECT count(*) FROM school_community.outbox_messages WHERE processed_at IS NULL) + (SELECT count(*) FROM talent.outbox_messages WHERE processed_at IS NULL)");
                if ((long)(await pending.ExecuteScalarAsync())! == 0) break;
                await Task.Delay(500);
            }
            return drain.Elapsed.TotalSeconds;
        }

        async Task<double> UploadAsync(string csv)
        {
            var timer = Stopwatch.StartNew();
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new("text/csv") } };
            (await client.PostAsync($"{Base}/sessions/upload", content)).EnsureSuccessStatusCode();
            return timer.Elapsed.TotalSeconds;
        }
    }
}
