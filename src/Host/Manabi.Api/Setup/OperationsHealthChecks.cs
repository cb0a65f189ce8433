using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Manabi.Api.Setup;

/// <summary>
/// Readiness: the database holds every migration this version needs. A replica of a newer release
/// started before its migration step ran would otherwise fail on its first request.
/// </summary>
internal sealed class MigrationsHealthCheck(IServiceScopeFactory scopes, ILogger<MigrationsHealthCheck> logger) : IHealthCheck
{
    // Applied migrations stay applied: once all are there, the probe stops asking.
    private volatile bool _allApplied;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_allApplied)
        {
            return HealthCheckResult.Healthy();
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var pending = new List<string>();
            foreach (var db in DatabaseSetup.Contexts(scope.ServiceProvider))
            {
                pending.AddRange(await db.Database.GetPendingMigrationsAsync(cancellationToken));
            }
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied (run `dotnet Manabi.Api.dll migrate`): {string.Join(", ", pending.Take(5))}");
            }
            _allApplied = true;
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The exception (with connection details) goes to the log, not into the probe's answer.
            logger.LogWarning(exception, "Readiness could not read the migration history");
            return HealthCheckResult.Unhealthy("Could not read the migration history.");
        }
    }
}

/// <summary>
/// The modules' outboxes: Degraded (still 200, so replicas stay in service) when an event has waited
/// longer than <c>Outbox:StalledAfter</c> or a message is parked for a person to look at. Delivery is
/// shared by every replica, so taking one out of service would not help it.
/// </summary>
internal sealed class OutboxHealthCheck(NpgsqlDataSource dataSource, IEnumerable<ModuleDatabase> modules, IOptions<OutboxOptions> options,
    ILogger<OutboxHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        List<OutboxState> states;
        try
        {
            states = await OutboxState.ReadAsync(dataSource, [.. modules], cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Readiness could not read the outboxes");
            return HealthCheckResult.Unhealthy("Could not read the outboxes.");
        }
        var problems = states.Where(s => s.OldestAge > options.Value.StalledAfter)
            .Select(s => $"{s.Module}: the oldest undelivered event has waited {s.OldestAge:hh\\:mm\\:ss}")
            .Concat(states.Where(s => s.Parked > 0).Select(s => $"{s.Module}: {s.Parked} parked message(s)"))
            .ToList();
        return problems.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded(string.Join("; ", problems));
    }
}
