using Manabi.BuildingBlocks.Data;
using Manabi.Catalog.Features.Search.SearchIndex;
using Manabi.Indicators.Features.Actuals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Manabi.TalentRegistry.Features.Needs;
using Respawn;

namespace Manabi.IntegrationTests.Infrastructure;

/// <summary>One PostgreSQL and one running host shared by every integration test.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private static readonly string[] Schemas = ["catalog", "passbook", "talent", "school_community", "indicators", "platform", TestProbeDbContext.SchemaName];

    private Respawner? _respawner;

    public PostgresDatabase Database { get; } = new();

    public ManabiApiFactory Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.StartAsync();
        Api = new ManabiApiFactory(Database.ConnectionString);
        Api.StartServer(); // applies every module's migrations
        await CreateProbeTablesAsync();
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = Schemas,
            // Migration history and reference data seeded by migrations stay.
            TablesToIgnore = [new Respawn.Graph.Table("__ef_migrations_history"), new Respawn.Graph.Table("catalog", "fields")],
        });
    }

    /// <summary>Empties every module's tables (schema and migrations stay).</summary>
    public async Task ResetAsync()
    {
        // The reset needs table locks that a background dispatcher may hold while its consumer waits
        // behind the reset: a wait cycle through the application that PostgreSQL cannot see. Give up
        // the locks quickly and try again once the dispatcher has finished.
        var withLockTimeout = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Options = "-c lock_timeout=1000" };
        for (var attempt = 1; ; attempt++)
        {
            await using var connection = new NpgsqlConnection(withLockTimeout.ConnectionString);
            await connection.OpenAsync();
            try
            {
                await _respawner!.ResetAsync(connection);
                // The product never deletes opportunities (withdrawn ones stay as tombstones) or people
                // (erased ones stay as anonymous entries), so the in-memory copies cannot notice this deletion by themselves.
                Api.Services.GetRequiredService<OpportunitySearchIndex>().Forget();
                Api.Services.GetRequiredService<MatchingRegister>().Forget();
                Api.Services.GetRequiredService<AnswerCache>().Forget();
                // Reference data (the city's plan) is back as the migration step leaves it.
                await using var scope = Api.Services.CreateAsyncScope();
                foreach (var seeder in scope.ServiceProvider.GetServices<IReferenceDataSeeder>())
                {
                    await seeder.SeedAsync(CancellationToken.None);
                }
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable && attempt < 10)
            {
                // After a test that leaves thousands of events (the demo data), the dispatchers' batch
                // transactions overlap without a gap until the backlog is delivered: wait for that.
                await DeliveredAsync(TimeSpan.FromSeconds(30));
            }
        }
    }

    /// <summary>Waits (up to the time given) until no module has an event due for delivery.</summary>
    private async Task DeliveredAsync(TimeSpan patience)
    {
        var due = string.Join(" + ", Schemas.Where(s => s != "platform").Select(s =>
            $"(SELECT count(*) FROM {s}.outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL AND next_attempt_at <= now())"));
        var until = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < until && await ScalarAsync<long>($"SELECT {due}") > 0)
        {
            await Task.Delay(200);
        }
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var dataSource = NpgsqlDataSource.Create(Database.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var dataSource = NpgsqlDataSource.Create(Database.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        await command.ExecuteNonQueryAsync();
    }

    // The probe module exists only here, so it has no migrations: create its tables from the model.
    private async Task CreateProbeTablesAsync()
    {
        // The host's start-up already made the (migration-less) schema; the tables are ours to add.
        var exists = await ScalarAsync<bool>("SELECT to_regclass($1) IS NOT NULL", $"{TestProbeDbContext.SchemaName}.effects");
        if (exists)
        {
            return;
        }
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestProbeDbContext>();
        await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}

/// <summary>Base of integration tests: a clean database before each test, and helpers.</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest(ApiFixture fixture) : IAsyncLifetime
{
    protected ApiFixture Fixture { get; } = fixture;
    protected ManabiApiFactory Api => Fixture.Api;

    private int _logsBefore;

    public Task InitializeAsync()
    {
        _logsBefore = Api.Logs.Events.Count;
        return Fixture.ResetAsync();
    }

    /// <summary>Whatever a test asserts, the host must never have answered it with a 500: that is always a bug.</summary>
    public Task DisposeAsync()
    {
        var serverErrors = Api.Logs.Events.Skip(_logsBefore)
            .Where(e => e.Properties.TryGetValue("StatusCode", out var status) && status.ToString() == "500")
            .Select(e => e.RenderMessage())
            .ToList();
        Assert.Empty(serverErrors);
        return Task.CompletedTask;
    }

    /// <summary>Waits for an eventually-consistent outcome (integration events are asynchronous).</summary>
    protected static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }
            await Task.Delay(50);
        }
    }
}
