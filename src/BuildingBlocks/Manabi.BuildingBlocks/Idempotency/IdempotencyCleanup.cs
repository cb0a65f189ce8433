using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Manabi.BuildingBlocks.Idempotency;

/// <summary>Deletes idempotency records past their retention, hourly.</summary>
public sealed class IdempotencyCleanup(NpgsqlDataSource dataSource, IOptions<IdempotencyOptions> options, ILogger<IdempotencyCleanup> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await using var command = dataSource.CreateCommand("DELETE FROM platform.idempotency_records WHERE created_at < now() - $1");
                command.Parameters.AddWithValue(options.Value.Retention);
                await command.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Idempotency record clean-up failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
