using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Idempotency;
using Manabi.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Manabi.Api.Setup;

internal static class DatabaseSetup
{
    /// <summary>
    /// Applies the platform's and every module's migrations (each module keeps its own history
    /// table in its own schema). EF Core takes a database lock while migrating, so replicas starting
    /// together apply each migration once.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var context in Contexts(scope.ServiceProvider))
        {
            // MigrateAsync also compares the model with the last migration's snapshot, building and
            // diffing a second model: most of a restart's time to ready. A database already up to date
            // skips it (HostTests checks that every model matches its migrations).
            if ((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await context.Database.MigrateAsync(cancellationToken);
            }
        }
        await SeedReferenceDataAsync(services, cancellationToken);
    }

    /// <summary>The platform's context, then every module's, in the order they migrate.</summary>
    public static IEnumerable<DbContext> Contexts(IServiceProvider services) =>
        services.GetServices<ModuleDatabase>().Select(m => (DbContext)services.GetRequiredService(m.DbContextType))
            .Prepend(services.GetRequiredService<PlatformDbContext>());

    /// <summary>What modules need before serving (a city's plan): part of the migration step, so it runs once per upgrade.</summary>
    public static async Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IReferenceDataSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    public static async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Each seeder in its own scope, in module order. In between, pending integration events are
        // delivered (the same path as in production), so a module's demo data can build on what
        // earlier modules announced — Passbook's stamps need the programmes Catalog published.
        foreach (var seederType in services.GetServices<SeederType>())
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var seeder = (IDemoDataSeeder)scope.ServiceProvider.GetRequiredService(seederType.Type);
                await seeder.SeedAsync(cancellationToken);
            }
            await DeliverPendingEventsAsync(services, cancellationToken);
        }
    }

    private static async Task DeliverPendingEventsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var dispatchers = services.GetServices<ModuleDatabase>().Select(m => ActivatorUtilities.CreateInstance<OutboxDispatcher>(services, m)).ToList();
        for (var round = 0; round < 1000; round++)
        {
            var delivered = 0;
            foreach (var dispatcher in dispatchers)
            {
                delivered += await dispatcher.DispatchBatchAsync(cancellationToken);
            }
            if (delivered == 0)
            {
                return;
            }
        }
    }

    /// <summary>Registers the concrete seeder types so each can be resolved in a fresh scope.</summary>
    public static void AddSeederTypes(this IServiceCollection services)
    {
        var seeders = services.Where(d => d.ServiceType == typeof(IDemoDataSeeder) && d.ImplementationType is not null)
            .Select(d => d.ImplementationType!).ToList();
        foreach (var type in seeders)
        {
            services.AddScoped(type);
            services.AddSingleton(new SeederType(type));
        }
    }

    internal sealed record SeederType(Type Type);
}

/// <summary>
/// Seeds the demonstration data once the host listens: seeding delivers the events between modules
/// as it goes, and a restart must not wait for that (nor for a backlog of pending events) before it
/// answers requests.
/// </summary>
internal sealed class DemoDataSeeding(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<DemoDataSeeding> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(started.SetResult))
        {
            await started.Task.WaitAsync(stoppingToken);
        }
        try
        {
            await DatabaseSetup.SeedDemoDataAsync(services, stoppingToken);
            logger.LogInformation("Demo data is in place");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Seeding the demo data failed");
        }
    }
}

/// <summary>Readiness: PostgreSQL answers a query within the probe's time.</summary>
internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The exception (with connection details) stays in the logs, not in the probe's answer.
            return HealthCheckResult.Unhealthy("PostgreSQL is unreachable.");
        }
    }
}
