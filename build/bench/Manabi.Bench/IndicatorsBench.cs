using System.Globalization;
using Npgsql;

/// <summary>
/// Indicators reads (issue 14, "Speed"): the whole-plan report and a drill-down page at 32 clients,
/// once with 10,000 and once with 1,000,000 recorded stamps and activity records, beside the same
/// statements through raw Npgsql. The records are loaded in bulk as the consumers would have left
/// them (counted items with their counters), since the reads are what is measured here.
/// </summary>
internal static class IndicatorsBench
{
    private const string Plan = "/api/v1/indicators/plans/chitose";

    public static async Task<List<string>> RunAsync(HttpClient http, NpgsqlDataSource db, IReadOnlyList<int> sizes)
    {
        var report = new List<string>();
        var year = DateTime.UtcNow.AddHours(9) is var now && now.Month >= 4 ? now.Year : now.Year - 1;
        foreach (var size in sizes)
        {
            await LoadAsync(db, size, year);
            var requests = Enumerable.Range(0, 3000).ToList();
            var reportApi = await MeasureAsync(requests, async () => await http.GetAsync($"{Plan}/report?fiscalYear={year}"));
            var itemsApi = await MeasureAsync(requests, async () => await http.GetAsync($"{Plan}/measures/26-2/items?fiscalYear={year}&offset=0&limit=100"));
            // What the two handlers send for an answer they keep (the fingerprints), and to make one again after a change.
            var reportSql = await RawAsync(db, requests, $"""
                SELECT (SELECT xmin::text FROM indicators.plans WHERE code = 'chitose')
                    || '|' || coalesce((SELECT string_agg(xmin::text, ',' ORDER BY computation, fiscal_year) FROM indicators.measure_counters), '')
                    || '|' || coalesce((SELECT string_agg(xmin::text, ',' ORDER BY measure_code, fiscal_year) FROM indicators.entered_values WHERE plan_code = 'chitose'), '')
                    || '|' || coalesce((SELECT string_agg(xmin::text, ',' ORDER BY fiscal_year) FROM indicators.confirmed_years WHERE plan_code = 'chitose'), '')
                    || '|' || coalesce((SELECT string_agg(xmin::text, ',' ORDER BY measure_code) FROM indicators.status_overrides WHERE plan_code = 'chitose' AND fiscal_year = {year}), '')
                """);
            var reportMiss = await RawAsync(db, requests, "SELECT * FROM indicators.plans WHERE code = 'chitose'",
                "SELECT * FROM indicators.measure_counters", "SELECT * FROM indicators.entered_values WHERE plan_code = 'chitose'",
                "SELECT * FROM indicators.confirmed_years WHERE plan_code = 'chitose'", $"SELECT * FROM indicators.status_overrides WHERE plan_code = 'chitose' AND fiscal_year = {year}");
            var itemsSql = await RawAsync(db, requests, "SELECT xmin FROM indicators.plans WHERE code = 'chitose'",
                $"SELECT coalesce(string_agg(xmin::text, ',' ORDER BY fiscal_year), '') FROM indicators.measure_counters WHERE computation = 'TalentParticipations' AND fiscal_year BETWEEN {year} AND {year}");
            var itemsMiss = await RawAsync(db, requests,
                $"SELECT * FROM indicators.counted_items WHERE computation = 'TalentParticipations' AND counts AND fiscal_year = {year} ORDER BY occurred_on, key LIMIT 100",
                $"SELECT sum(items) FROM indicators.measure_counters WHERE computation = 'TalentParticipations' AND fiscal_year = {year}");
            // The host's floor: the cheapest answer it gives, through the same middleware.
            var floor = await MeasureAsync(requests, async () => await http.GetAsync("/health/live"));
            report.Add(FormattableString.Invariant($"{size:N0} records:"));
            report.Add(Stats.Line("  /health/live via API, 32 clients (ms)", floor.Latencies) + FormattableString.Invariant($"  {floor.Throughput:N0} req/s"));
            report.Add(Stats.Line("  report via API, 32 clients (ms)", reportApi.Latencies) + FormattableString.Invariant($"  {reportApi.Throughput:N0} req/s"));
            report.Add(Stats.Line("  its SQL via Npgsql, 32 clients (ms)", reportSql.Latencies));
            report.Add(Stats.Line("  after a change, via Npgsql (ms)", reportMiss.Latencies));
            report.Add(Stats.Line("  drill-down via API, 32 clients (ms)", itemsApi.Latencies) + FormattableString.Invariant($"  {itemsApi.Throughput:N0} req/s"));
            report.Add(Stats.Line("  its SQL via Npgsql, 32 clients (ms)", itemsSql.Latencies));
            report.Add(Stats.Line("  after a change, via Npgsql (ms)", itemsMiss.Latencies));
        }
        return report;
    }

    private static async Task<(List<double> Latencies, double Throughput)> MeasureAsync(List<int> requests, Func<Task<HttpResponseMessage>> send)
    {
        async Task Once(int _)
        {
            using var response = await send();
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        }
        // As many warm-up requests as measured ones: a fresh process is still compiling its hot paths after hundreds.
        await ClosedLoop.RunAsync(requests, 32, Once);
        return await ClosedLoop.RunAsync(requests, 32, Once);
    }

    private static async Task<(List<double> Latencies, double Throughput)> RawAsync(NpgsqlDataSource db, List<int> requests, params string[] statements) =>
        await ClosedLoop.RunAsync(requests, 32, async _ =>
        {
            await using var connection = await db.OpenConnectionAsync();
            foreach (var sql in statements)
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) { }
            }
        });

    /// <summary>Half stamps' learners (22-1b), half activity records (26-2), spread over the plan's years so far, and the counters they make.</summary>
    private static async Task LoadAsync(NpgsqlDataSource db, int size, int year)
    {
        var years = year - 2019 + 1;
        await using var command = db.CreateCommand(string.Create(CultureInfo.InvariantCulture, $"""
            TRUNCATE indicators.counted_items, indicators.measure_counters;
            INSERT INTO indicators.counted_items (computation, key, occurred_on, fiscal_year, value, counts, as_of)
            SELECT CASE WHEN i % 2 = 0 THEN 'StampRallyLearners' ELSE 'TalentParticipations' END, 'bench-' || i,
                   make_date(2019 + i % {years}, 4, 1) + (i % 365), 2019 + i % {years}, 1, true, now()
            FROM generate_series(1, {size}) AS i;
            INSERT INTO indicators.measure_counters (computation, fiscal_year, value, items)
            SELECT computation, fiscal_year, sum(value), count(*) FROM indicators.counted_items WHERE counts GROUP BY computation, fiscal_year;
            ANALYZE indicators.counted_items;
            """));
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }
}
