using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Manabi.Catalog.Features.Search.SearchIndex;

/// <summary>Reads the catalog into the search index at start-up, so the first search does not wait for it.</summary>
internal sealed partial class SearchIndexWarmUp(OpportunitySearchIndex index, ILogger<SearchIndexWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!index.IsReady && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await index.CurrentAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Searches build it themselves once the database answers; this only tries again later.
                LogFailed(exception);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index warm-up failed; retrying in 5 s")]
    private partial void LogFailed(Exception exception);
}

/// <summary>Readiness: the search index holds the catalog (waiting for the warm-up if it is under way).</summary>
internal sealed class SearchIndexHealthCheck(OpportunitySearchIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (index.IsReady)
        {
            return HealthCheckResult.Healthy();
        }
        try
        {
            await index.CurrentAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The search index could not read the catalog.");
        }
    }
}
