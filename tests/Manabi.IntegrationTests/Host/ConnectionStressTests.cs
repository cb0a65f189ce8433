using System.Data;
using Manabi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Manabi.IntegrationTests.Host;

/// <summary>
/// Failed statements must never leave a pooled connection in a state that breaks the next request
/// on it. With Npgsql's automatic preparation on, a row-returning statement whose preparing
/// execution fails (here a division by zero; in the API a unique violation or a value PostgreSQL
/// refuses) corrupts the connection, and a later statement on it fails with "Received unexpected
/// backend message DataRow. Please file a bug." (npgsql/npgsql#6391).
/// </summary>
public sealed class ConnectionStressTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_hosts_connection_pool_survives_statements_that_fail_beside_valid_ones()
    {
        // The host's own data source, configured as in production, shared by every request.
        var dataSource = Api.Services.GetRequiredService<NpgsqlDataSource>();
        var faults = new List<string>();
        var failed = 0;
        var succeeded = 0;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker); // seeded: the same statements every run
            for (var i = 0; i < 400; i++)
            {
                try
                {
                    if (await RunOneAsync(dataSource, random))
                    {
                        Interlocked.Increment(ref succeeded);
                    }
                    else
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (Exception e)
                {
                    lock (faults)
                    {
                        faults.Add(e.Message);
                    }
                }
            }
        })));

        Assert.Empty(faults);
        Assert.True(failed > 100 && succeeded > 100, $"{failed} failed, {succeeded} succeeded: the mix must have both");
    }

    /// <summary>One transaction on a pooled connection; false when its statement failed as intended.</summary>
    private static async Task<bool> RunOneAsync(NpgsqlDataSource dataSource, Random random)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted);
        // Forty statement texts that return rows, each executed with a divisor that is 0 half the time.
        await using var command = new NpgsqlCommand(
            $"SELECT g + {random.Next(40)} FROM generate_series(1, 3) g WHERE g > 1 / $1", connection)
        {
            Parameters = { new() { Value = random.Next(2) } },
        };
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DivisionByZero)
        {
            await transaction.RollbackAsync();
            return false;
        }
        await transaction.CommitAsync();
        return true;
    }
}
