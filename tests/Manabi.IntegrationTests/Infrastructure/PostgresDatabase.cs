using Npgsql;
using Testcontainers.PostgreSql;

namespace Manabi.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL the tests run against: the server build/test.sh started (connection string in
/// MANABI_TEST_CONNECTION_STRING), or else a Testcontainers PostgreSQL 15 on a Docker engine.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "MANABI_TEST_CONNECTION_STRING";

    private PostgreSqlContainer? _container;

    public string ConnectionString { get; private set; } = "";

    public async Task StartAsync()
    {
        var fromScript = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromScript))
        {
            ConnectionString = fromScript;
            return;
        }
        try
        {
            _container = new PostgreSqlBuilder("postgres:15")
                .WithEnvironment("POSTGRES_INITDB_ARGS", "--locale=C.UTF-8")
                .Build();
            await _container.StartAsync();
            ConnectionString = _container.GetConnectionString();
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the integration tests: set {EnvironmentVariable} (build/test.sh does) or make a Docker engine reachable.",
                exception);
        }
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
