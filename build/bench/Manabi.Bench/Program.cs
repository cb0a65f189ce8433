// Catalog benchmark (issue: Catalog, "Speed"). Drives a running API over HTTP and, for the same
// work, PostgreSQL through raw Npgsql, then prints one table. Usage:
//   Manabi.Bench --api http://127.0.0.1:5099 --db "<connection string>" --token <staff JWT> [--opportunities 100000]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Manabi.Catalog.Features.Search;
using Manabi.Catalog.Features.Search.SearchIndex;
using Manabi.Catalog.Features.Search.SearchOpportunities;
using Npgsql;

var options = Args.Parse(args);
using var http = new HttpClient { BaseAddress = new Uri(options["api"]), Timeout = TimeSpan.FromMinutes(5) };
await using var db = NpgsqlDataSource.Create(options["db"]);
var staff = new AuthenticationHeaderValue("Bearer", options["token"]);
if (options.GetValueOrDefault("mode") == "passbook")
{
    var lines = await PassbookBench.RunAsync(http, db, staff, int.Parse(options.GetValueOrDefault("stamps", "20000"), CultureInfo.InvariantCulture));
    Console.WriteLine();
    Console.WriteLine(string.Join(Environment.NewLine, lines));
    return;
}
if (options.GetValueOrDefault("mode") == "talent")
{
    var lines = await TalentBench.RunAsync(http, db, staff, int.Parse(options.GetValueOrDefault("people", "10000"), CultureInfo.InvariantCulture),
        int.Parse(options.GetValueOrDefault("records", "300000"), CultureInfo.InvariantCulture));
    Console.WriteLine();
    Console.WriteLine(string.Join(Environment.NewLine, lines));
    return;
}
if (options.GetValueOrDefault("mode") == "indicators")
{
    // --records "" or --events 0 leaves that part out.
    var sizes = options.GetValueOrDefault("records", "10000,1000000").Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList();
    var events = int.Parse(options.GetValueOrDefault("events", "100000"), CultureInfo.InvariantCulture);
    var lines = await IndicatorsBench.RunAsync(http, db, sizes);
    if (events > 0) lines.AddRange(await EventsBench.RunAsync(db, events));
    Console.WriteLine();
    Console.WriteLine(string.Join(Environment.NewLine, lines));
    return;
}
if (options.GetValueOrDefault("mode") == "school")
{
    var lines = await SchoolBench.RunAsync(http, db, staff, int.Parse(options.GetValueOrDefault("sessions", "20000"), CultureInfo.InvariantCulture),
        int.Parse(options.GetValueOrDefault("per-session", "10"), CultureInfo.InvariantCulture));
    Console.WriteLine();
    Console.WriteLine(string.Join(Environment.NewLine, lines));
    return;
}
var total = int.Parse(options.GetValueOrDefault("opportunities", "100000"), CultureInfo.InvariantCulture);
var report = new List<string>();

// --phase search reuses the data of an earlier run (bench-host.sh with MANABI_BENCH_KEEP_DATA=1).
if (options.GetValueOrDefault("phase") != "search")
{
    // 1. A provider, its key, and venues.
    var (providerId, apiKey) = await Setup.ProviderAsync(http, staff);
    var venues = await Setup.VenuesAsync(http, staff);
    var partner = new HttpClient { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
    partner.DefaultRequestHeaders.Add("X-Api-Key", apiKey);

    // 2. Load through the batch endpoint (this is also the batch benchmark for creations).
    var loadTimes = new List<double>();
    for (var batch = 0; batch * 1000 < total; batch++)
    {
        loadTimes.Add(await Load.BatchAsync(partner, providerId, venues, batch, revision: 0));
        if (batch % 10 == 9) Console.Error.WriteLine($"loaded {(batch + 1) * 1000:N0}");
    }
    foreach (var table in new[] { "learning_opportunities", "sessions" })
    {
        await using var analyze = db.CreateCommand($"VACUUM ANALYZE catalog.{table}");
        await analyze.ExecuteNonQueryAsync();
    }
    var counts = await Setup.CountsAsync(db);
    report.Add($"data: {counts.Opportunities:N0} opportunities, {counts.Sessions:N0} sessions");
    report.Add(Stats.Line("batch upsert, 1,000 new items (s)", loadTimes.ConvertAll(t => t / 1000)));

    // 3. Batch updates of 1,000 changed items, the target case.
    var updateTimes = new List<double>();
    for (var batch = 0; batch < 10; batch++)
    {
        updateTimes.Add(await Load.BatchAsync(partner, providerId, venues, batch * 7 % (total / 1000), revision: 1 + batch));
    }
    report.Add(Stats.Line("batch upsert, 1,000 changed items (s)", updateTimes.ConvertAll(t => t / 1000)));
}

// 4. Keyword search at 32 concurrent clients: API vs the same SQL through raw Npgsql.
// Enough searches for a few garbage collections to fall inside the measurement.
var queries = Search.Queries(seed: 7, count: int.Parse(options.GetValueOrDefault("searches", "20000"), CultureInfo.InvariantCulture));
var fields = await Search.FieldTreeAsync(db);
// As many warm-up searches as measured ones: a fresh process needs tens of thousands of requests
// before the JIT has optimized the hot path (measured: 0.54 ms of CPU per search over the first
// 40,000 against 0.16 ms after).
await Search.RunApiAsync(http, Search.Queries(seed: 8, count: queries.Count), 32);
var cpuBefore = ApiProcess.Cpu();
var api = await Search.RunApiAsync(http, queries, 32);
var cpuPerSearch = (ApiProcess.Cpu() - cpuBefore).TotalMilliseconds / queries.Count;
report.Add(Stats.Line("search via API, 32 clients (ms)", api.Latencies) + FormattableString.Invariant($"  {api.Throughput:N0} req/s, API CPU {cpuPerSearch:0.00} ms/search"));
// The same searches asking for `total` (a pass over every match, not just a page's worth).
var counted = await Search.RunApiAsync(http, queries.Take(4000).Select(q => q + "&count=true").ToList(), 32);
report.Add(Stats.Line("search with count=true via API, 32 clients (ms)", counted.Latencies) + FormattableString.Invariant($"  {counted.Throughput:N0} req/s"));
// The API answers from its in-memory index; its one SQL statement per search is the change probe.
var probe = await Search.RunProbeAsync(db, 20000, 32);
report.Add(Stats.Line("its SQL (change probe) via Npgsql, 32 clients (ms)", probe.Latencies) + $"  {probe.Throughput:N0} req/s");
report.Add($"API / its SQL p95 ratio: {Stats.P(api.Latencies, 95) / Stats.P(probe.Latencies, 95):0.0}");
report.Add(ApiProcess.MemoryLine());
// What the same searches cost PostgreSQL alone (the plan exports and digests still use).
var raw = await Search.RunRawAsync(db, queries.Take(1600).ToList(), fields, 32);
report.Add(Stats.Line("search SQL plan via Npgsql, 32 clients (ms)", raw.Latencies) + $"  {raw.Throughput:N0} req/s");
var alone = await Search.SlowestAloneAsync(db, queries.Distinct().Take(300).ToList(), fields);
report.Add(Stats.Line("search SQL plan via Npgsql, one client (ms)", alone.ConvertAll(a => a.Ms)));
report.AddRange(alone.OrderByDescending(a => a.Ms).Take(5).Select(a => FormattableString.Invariant($"    slowest alone: {a.Ms,7:0.00} ms  {Uri.UnescapeDataString(a.Query)}")));

// 5. The RPDE feed, walked end to end.
if (options.GetValueOrDefault("phase") != "search")
{
    var (apiPages, rawPages) = await Feed.WalkAsync(http, db);
    report.Add(Stats.Line($"RPDE page via API, {apiPages.Count} pages (ms)", apiPages));
    report.Add(Stats.Line("RPDE page SQL via Npgsql (ms)", rawPages));
}

Console.WriteLine();
Console.WriteLine(string.Join(Environment.NewLine, report));

internal static class Args
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var parsed = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            parsed[args[i].TrimStart('-')] = args[i + 1];
        }
        foreach (var required in new[] { "api", "db", "token" })
        {
            if (!parsed.ContainsKey(required)) throw new ArgumentException($"--{required} is required");
        }
        return parsed;
    }
}

internal static class Stats
{
    public static double P(IReadOnlyList<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Line(string name, IReadOnlyList<double> values) =>
        FormattableString.Invariant($"{name,-44} n={values.Count,5}  p50={P(values, 50),8:0.00}  p95={P(values, 95),8:0.00}  p99={P(values, 99),8:0.00}  max={values.Max(),8:0.00}");
}

/// <summary>The API process (bench-host.sh passes its pid), read from /proc.</summary>
internal static class ApiProcess
{
    private static string? Pid => Environment.GetEnvironmentVariable("MANABI_BENCH_API_PID");

    /// <summary>CPU time used so far, or zero where /proc is not there.</summary>
    public static TimeSpan Cpu()
    {
        if (Pid is not { } pid || !File.Exists($"/proc/{pid}/stat")) return TimeSpan.Zero;
        // Fields 14 and 15 (utime, stime) in clock ticks, after the parenthesised command name.
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return TimeSpan.FromMilliseconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0);
    }

    /// <summary>Resident memory now and at its peak (the API holds the search index).</summary>
    public static string MemoryLine()
    {
        if (Pid is not { } pid || !File.Exists($"/proc/{pid}/status")) return "API memory: unknown (MANABI_BENCH_API_PID not set)";
        var status = File.ReadAllLines($"/proc/{pid}/status").Where(l => l.Contains(':')).ToDictionary(l => l.Split(':')[0], l => l.Split(':')[1].Trim());
        return $"API memory: resident {status["VmRSS"]}, peak {status["VmHWM"]}";
    }
}

internal static class Setup
{
    public static async Task<(string ProviderId, string ApiKey)> ProviderAsync(HttpClient http, AuthenticationHeaderValue staff)
    {
        var provider = await SendAsync(http, staff, HttpMethod.Post, "/api/v1/catalog/providers",
            new { kind = "CitizenGroup", name = "ベンチマーク団体", nameKana = "べんちまーくだんたい" });
        var id = provider["id"]!.GetValue<string>();
        await SendAsync(http, staff, HttpMethod.Post, $"/api/v1/catalog/providers/{id}/approve", null);
        var key = await SendAsync(http, staff, HttpMethod.Post, $"/api/v1/catalog/providers/{id}/api-keys", new { name = "bench" });
        return (id, key["apiKey"]!.GetValue<string>());
    }

    public static async Task<List<string>> VenuesAsync(HttpClient http, AuthenticationHeaderValue staff)
    {
        var areas = new[] { "中央", "北部", "東部", "南部", "西部", "支笏湖" };
        var venues = new List<string>();
        for (var i = 0; i < 24; i++)
        {
            var venue = await SendAsync(http, staff, HttpMethod.Post, "/api/v1/catalog/venues",
                new { name = $"会場{i}", nameKana = $"かいじょう{i}", address = $"北海道千歳市{i}番地", area = areas[i % areas.Length] });
            venues.Add(venue["id"]!.GetValue<string>());
        }
        return venues;
    }

    public static async Task<(long Opportunities, long Sessions)> CountsAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand("SELECT (SELECT count(*) FROM catalog.learning_opportunities), (SELECT count(*) FROM catalog.sessions)");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public static async Task<JsonObject> SendAsync(HttpClient http, AuthenticationHeaderValue staff, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = staff;
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}

internal static class Load
{
    private static readonly string[] Topics = ["千歳の歴史", "支笏湖の自然", "健康体操", "親子料理", "英会話", "防災", "合唱", "水彩画", "星空観察",
        "子育て", "プログラミング", "書道", "まちづくり", "野鳥観察", "手話", "家庭菜園", "スマホ活用", "郷土史", "縄文文化", "アイヌ文化"];
    private static readonly string[] Kana = ["ちとせのれきし", "しこつこのしぜん", "けんこうたいそう", "おやこりょうり", "えいかいわ", "ぼうさい", "がっしょう",
        "すいさいが", "ほしぞらかんさつ", "こそだて", "ぷろぐらみんぐ", "しょどう", "まちづくり", "やちょうかんさつ", "しゅわ", "かていさいえん",
        "すまほかつよう", "きょうどし", "じょうもんぶんか", "あいぬぶんか"];
    private static readonly string[] Fields = ["local-culture.history", "nature-environment.nature", "sports-health.health", "arts.cooking",
        "languages.english", "disaster-prevention.disaster", "arts.music", "arts.fine-arts", "science.science", "childcare-education.childcare",
        "it.programming", "arts.calligraphy-literature", "town-development.community", "nature-environment.nature", "welfare.welfare",
        "nature-environment.agriculture", "it.digital-skills", "local-culture.chitose-gaku", "local-culture.history", "local-culture.ainu-culture"];
    private static readonly string[] Levels = ["入門", "初級", "中級", "上級", "講座", "教室", "セミナー", "ワークショップ"];

    /// <summary>Pushes items [batch*1000, batch*1000+1000) and returns the request's wall time in ms.</summary>
    public static async Task<double> BatchAsync(HttpClient partner, string providerId, List<string> venues, int batch, int revision)
    {
        var random = new Random(batch);
        var start = new DateTimeOffset(2026, 4, 1, 10, 0, 0, TimeSpan.FromHours(9));
        var items = Enumerable.Range(batch * 1000, 1000).Select(n =>
        {
            var t = n % Topics.Length;
            var first = start.AddDays(random.Next(0, 360)).AddHours(random.Next(0, 8));
            var venue = venues[random.Next(venues.Count)];
            return new
            {
                externalId = $"bench-{n}",
                opportunity = new
                {
                    kind = n % 3 == 0 ? "Lecture" : "Course",
                    title = $"{Topics[t]}{Levels[n / Topics.Length % Levels.Length]} 第{n % 97 + 1}期{(revision > 0 ? $" 改{revision}" : "")}",
                    titleKana = Kana[t],
                    description = $"{Topics[t]}について学びます。千歳市内の会場で、初めての方にもわかりやすく進めます。番号{n}。",
                    fields = new[] { Fields[t] },
                    audiences = new[] { "Adults" },
                    fee = n % 2 == 0 ? (int?)null : 500,
                    capacity = 30,
                    stampRallyEligible = n % 4 != 0,
                    creditsPerSession = n % 4 != 0 ? 1 : (int?)null,
                    status = "Published",
                    sessions = Enumerable.Range(0, 3).Select(s => new
                    {
                        externalId = $"s{s}",
                        startsAt = first.AddDays(7 * s),
                        endsAt = first.AddDays(7 * s).AddHours(2),
                        venueId = venue,
                        capacity = 30,
                        seatsRemaining = random.Next(0, 31),
                    }),
                },
            };
        }).ToList();
        var watch = Stopwatch.StartNew();
        using var response = await partner.PostAsJsonAsync($"/api/v1/catalog/providers/{providerId}/opportunities:batch", new { items });
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"batch {batch}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var result = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (result!["rejected"]!.GetValue<int>() > 0) throw new InvalidOperationException($"batch {batch}: rejected items: {result}");
        return elapsed;
    }
}

internal static class Search
{
    private static readonly string[] Terms = ["歴史", "千歳", "自然", "体操", "料理", "英会話", "防災", "合唱", "星空", "子育て", "書道", "野鳥", "手話",
        "支笏湖", "縄文", "郷土史", "スマホ", "ぷろぐらみんぐ", "入門", "教室", "セミナー", "ワーク", "初級", "上級"];
    private static readonly string[] Filters = ["", "&field=local-culture", "&free=true", "&stampRally=true", "&area=%E4%B8%AD%E5%A4%AE", "&hasSeats=true", "&kind=Course"];

    public static List<string> Queries(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => $"q={Uri.EscapeDataString(Terms[random.Next(Terms.Length)])}{Filters[random.Next(Filters.Length)]}&limit=20").ToList();
    }

    public static async Task<FieldTree> FieldTreeAsync(NpgsqlDataSource db)
    {
        var parents = new Dictionary<string, string?>();
        await using var command = db.CreateCommand("SELECT code, parent_code FROM catalog.fields");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            parents[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }
        return new FieldTree(parents);
    }

    public static async Task<(List<double> Latencies, double Throughput)> RunApiAsync(HttpClient http, IReadOnlyList<string> queries, int clients) =>
        await ClosedLoop.RunAsync(queries, clients, async query =>
        {
            using var response = await http.GetAsync($"/api/v1/catalog/opportunities?{query}");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        });

    public static async Task<(List<double> Latencies, double Throughput)> RunRawAsync(NpgsqlDataSource db, IReadOnlyList<string> queries, FieldTree fields, int clients) =>
        await ClosedLoop.RunAsync(queries, clients, async query =>
        {
            var criteria = Parse(query);
            await using var connection = await db.OpenConnectionAsync();
            await OpportunityFinder.FindAsync(connection, criteria, fields, DateTimeOffset.UtcNow, 21, CancellationToken.None);
        });

    public static async Task<(List<double> Latencies, double Throughput)> RunProbeAsync(NpgsqlDataSource db, int count, int clients) =>
        await ClosedLoop.RunAsync(Enumerable.Range(0, count).ToList(), clients, async _ =>
        {
            await using var command = db.CreateCommand(OpportunitySearchIndex.LatestChangeSql);
            await command.ExecuteScalarAsync();
        });

    /// <summary>Each query on its own, one at a time: which shapes are slow regardless of load.</summary>
    public static async Task<List<(string Query, double Ms)>> SlowestAloneAsync(NpgsqlDataSource db, IReadOnlyList<string> queries, FieldTree fields)
    {
        var timings = new List<(string, double)>();
        await using var connection = await db.OpenConnectionAsync();
        foreach (var query in queries)
        {
            var criteria = Parse(query);
            var watch = Stopwatch.StartNew();
            await OpportunityFinder.FindAsync(connection, criteria, fields, DateTimeOffset.UtcNow, 21, CancellationToken.None);
            timings.Add((query, watch.Elapsed.TotalMilliseconds));
        }
        return timings;
    }

    private static SearchOpportunitiesQuery Parse(string query)
    {
        var parts = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        return new SearchOpportunitiesQuery
        {
            Q = parts.GetValueOrDefault("q"),
            Field = parts.GetValueOrDefault("field"),
            Kind = parts.TryGetValue("kind", out var kind) ? Enum.Parse<Manabi.Catalog.Contracts.OpportunityKind>(kind) : null,
            Free = parts.ContainsKey("free") ? true : null,
            StampRally = parts.ContainsKey("stampRally") ? true : null,
            Area = parts.GetValueOrDefault("area"),
            HasSeats = parts.ContainsKey("hasSeats") ? true : null,
            Limit = 20,
        };
    }
}

/// <summary>A closed loop: <c>clients</c> workers take the next item as soon as their last one is answered.</summary>
internal static class ClosedLoop
{
    public static async Task<(List<double> Latencies, double Throughput)> RunAsync<T>(IReadOnlyList<T> work, int clients, Func<T, Task> run)
    {
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < work.Count)
            {
                var watch = Stopwatch.StartNew();
                await run(work[i]);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        })));
        return ([.. latencies], work.Count / wall.Elapsed.TotalSeconds);
    }
}

internal static class Feed
{
    public static async Task<(List<double> Api, List<double> Raw)> WalkAsync(HttpClient http, NpgsqlDataSource db)
    {
        var api = new List<double>();
        var url = "/api/v1/catalog/feeds/opportunities";
        while (true)
        {
            var watch = Stopwatch.StartNew();
            var page = await http.GetFromJsonAsync<JsonObject>(url);
            api.Add(watch.Elapsed.TotalMilliseconds);
            if (page!["items"]!.AsArray().Count == 0) break;
            url = page["next"]!.GetValue<string>();
        }
        var raw = new List<double>();
        long afterNumber = 0;
        var afterId = Guid.Empty;
        while (true)
        {
            var watch = Stopwatch.StartNew();
            await using var command = db.CreateCommand("""
                SELECT o.id, o.change_number, o.title, o.description, s.starts_at, s.ends_at, s.venue_id
                FROM (SELECT id, change_number, title, description FROM catalog.learning_opportunities
                      WHERE was_published AND (change_number, id) > ($1, $2) ORDER BY change_number, id LIMIT 100) o
                LEFT JOIN catalog.sessions s ON s.opportunity_id = o.id
                ORDER BY o.change_number, o.id
                """);
            command.Parameters.AddWithValue(afterNumber);
            command.Parameters.AddWithValue(afterId);
            var rows = 0;
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows++;
                    afterId = reader.GetGuid(0);
                    afterNumber = reader.GetInt64(1);
                }
            }
            raw.Add(watch.Elapsed.TotalMilliseconds);
            if (rows == 0) break;
        }
        return (api, raw);
    }
}
