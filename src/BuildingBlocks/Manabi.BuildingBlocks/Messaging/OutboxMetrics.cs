using System.Diagnostics.Metrics;
using Manabi.BuildingBlocks.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>
/// The outboxes as metrics, per module: events waiting, the oldest one's age, and parked messages.
/// Read from the database every 15 s (a scrape or an export then costs nothing), so every replica
/// reports the same shared figures.
/// </summary>
internal sealed class OutboxMetrics(NpgsqlDataSource dataSource, IEnumerable<ModuleDatabase> modules, IMeterFactory meters, ILogger<OutboxMetrics> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);
    private volatile List<OutboxState> _states = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var meter = meters.Create(MessagingTelemetry.Name);
        meter.CreateObservableGauge("manabi.outbox.backlog", () => Each(s => s.Due), "{event}", "Events waiting for delivery");
        meter.CreateObservableGauge("manabi.outbox.oldest_age", () => Each(s => s.OldestAge.TotalSeconds), "s", "How long the oldest undelivered event has waited");
        meter.CreateObservableGauge("manabi.outbox.parked", () => Each(s => s.Parked), "{message}", "Messages parked for a person to look at");
        var all = modules.ToList();
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                _states = await OutboxState.ReadAsync(dataSource, all, stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning(exception, "Could not read the outboxes for their metrics");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private IEnumerable<Measurement<T>> Each<T>(Func<OutboxState, T> value) where T : struct =>
        _states.Select(s => new Measurement<T>(value(s), new KeyValuePair<string, object?>("module", s.Module)));
}
