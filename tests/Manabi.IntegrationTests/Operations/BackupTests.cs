using System.Diagnostics;
using Manabi.Api.Setup;
using Manabi.IntegrationTests.Infrastructure;
using Npgsql;

namespace Manabi.IntegrationTests.Operations;

/// <summary>build/backup.sh and build/restore.sh as city IT runs them, on a database the demo data filled.</summary>
public sealed class BackupTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(StandardsTools.Directory, "..", ".."));

    [Fact]
    public async Task A_backup_restores_into_a_fresh_database_with_the_same_rows_feed_position_and_outbox()
    {
        await DatabaseSetup.SeedDemoDataAsync(Api.Services, CancellationToken.None);
        await Api.ClientAs("staff").RegisterProviderAsync("バックアップ確認の会");
        // The backup is compared with what was there: wait until the dispatchers have delivered everything.
        var due = await EventuallyAsync(() => Fixture.ScalarAsync<long>(string.Join(" + ", new[] { "catalog", "passbook", "talent", "school_community", "indicators" }
            .Select(m => $"(SELECT count(*) FROM {m}.outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL)")).Insert(0, "SELECT ")),
            n => n == 0, TimeSpan.FromSeconds(60));
        Assert.Equal(0L, due);
        var source = new NpgsqlConnectionStringBuilder(Fixture.Database.ConnectionString);
        var before = await SnapshotAsync(source.ConnectionString);
        var file = Path.Combine(Path.GetTempPath(), $"manabi-{Guid.NewGuid():N}.dump");
        var restored = new NpgsqlConnectionStringBuilder(source.ConnectionString) { Database = $"manabi_restore_{Guid.NewGuid():N}"[..40] };
        try
        {
            var backup = await RunAsync("build/backup.sh", "--db", Libpq(source), "--out", file);
            Assert.True(backup.ExitCode == 0, backup.Error);
            Assert.Equal(file, backup.Output.Trim());
            await Fixture.ExecuteAsync($"CREATE DATABASE \"{restored.Database}\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'");

            var restore = await RunAsync("build/restore.sh", "--db", Libpq(restored), file);

            Assert.True(restore.ExitCode == 0, restore.Error);
            var after = await SnapshotAsync(restored.ConnectionString);
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            Assert.All(before, entry => Assert.True(entry.Value == after[entry.Key], $"{entry.Key}: {entry.Value} before, {after[entry.Key]} after"));
            // Into a database that already holds Manabi: refused, nothing changed.
            var again = await RunAsync("build/restore.sh", "--db", Libpq(restored), file);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("already holds Manabi's schemas", again.Error);
        }
        finally
        {
            File.Delete(file);
            NpgsqlConnection.ClearAllPools();
            await Fixture.ExecuteAsync($"DROP DATABASE IF EXISTS \"{restored.Database}\" WITH (FORCE)");
        }
    }

    /// <summary>Every table's row count, the catalog feed's last change number, and each module's outbox by state.</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = await ListAsync(connection, """
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema IN ('catalog', 'passbook', 'talent', 'school_community', 'indicators', 'platform')
            """);
        Assert.True(tables.Count > 30, "the module schemas are there");
        var snapshot = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            snapshot[table] = await ScalarAsync(connection, $"SELECT count(*) FROM {table}");
            if (table.EndsWith(".outbox_messages", StringComparison.Ordinal))
            {
                snapshot[$"{table} by state"] = await ScalarAsync(connection,
                    $"SELECT string_agg(state || ':' || n, ',' ORDER BY state) FROM (SELECT CASE WHEN processed_at IS NOT NULL THEN 'processed' " +
                    $"WHEN parked_at IS NOT NULL THEN 'parked' ELSE 'due' END AS state, count(*) AS n FROM {table} GROUP BY 1) AS s");
            }
        }
        // The feed's next change number comes from a sequence: after a restore it must go on from the same place.
        foreach (var sequence in await ListAsync(connection, "SELECT format('%I.%I', sequence_schema, sequence_name) FROM information_schema.sequences " +
            "WHERE sequence_schema IN ('catalog', 'passbook', 'talent', 'school_community', 'indicators', 'platform')"))
        {
            snapshot[sequence] = await ScalarAsync(connection, $"SELECT last_value FROM {sequence}");
        }
        snapshot["feed position"] = await ScalarAsync(connection, "SELECT max(change_number) FROM catalog.learning_opportunities");
        Assert.NotEqual("", snapshot["feed position"]);
        return snapshot;
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        var values = new List<string>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static async Task<string> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }

    private static string Libpq(NpgsqlConnectionStringBuilder c) =>
        $"host={c.Host} port={c.Port} dbname={c.Database} user={c.Username} password={c.Password}";

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
