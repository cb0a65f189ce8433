using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Manabi.Catalog.Features.Search.SearchIndex;

/// <summary>
/// The search index's lag as a metric: catalog changes committed that this replica's copy has not
/// read yet. Read every 15 s, so a scrape costs nothing.
/// </summary>
internal sealed partial class SearchIndexMetrics(OpportunitySearchIndex index, IMeterFactory meters, ILogger<SearchIndexMetrics> logger) : BackgroundService
{
    /// <summary>The Meter name the host subscribes to.</summary>
    public const string MeterName = "Manabi.Catalog";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);
    private long? _lag;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        meters.Create(MeterName).CreateObservableGauge("manabi.search_index.lag",
            () => _lag is { } lag ? [new Measurement<long>(lag)] : Array.Empty<Measurement<long>>(), "{change}", "Catalog changes the replica's search index has not read yet");
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                _lag = await index.LagAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the search index's lag for its metric")]
    private partial void LogFailed(Exception exception);
}
