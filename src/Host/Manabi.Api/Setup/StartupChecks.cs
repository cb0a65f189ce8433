using System.Net.Sockets;
using Manabi.BuildingBlocks.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Manabi.Api.Setup;

/// <summary>
/// What a replica checks before it does anything: its configuration (every problem at once, on
/// standard error, no stack trace) and that PostgreSQL answers (waiting for it while it starts, as
/// it does beside the API in compose or Kubernetes).
/// </summary>
internal static class StartupChecks
{
    /// <summary>Exit code for a configuration that is missing or invalid.</summary>
    public const int InvalidConfiguration = 2;

    /// <summary>Exit code for a database that did not answer within <c>Database:StartTimeout</c>, or refused the login.</summary>
    public const int DatabaseUnavailable = 3;

    /// <summary>Runs every options validation; false (after listing what failed) when any fails.</summary>
    public static bool ConfigurationIsValid(IServiceProvider services, TextWriter error)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception exception) when (exception is OptionsValidationException or AggregateException or InvalidOperationException or FormatException)
        {
            var problems = Problems(exception).Distinct().ToList();
            error.WriteLine($"Manabi cannot start: {problems.Count} setting(s) to fix (environment variables use __ for ':'):");
            foreach (var problem in problems)
            {
                error.WriteLine($"  - {problem}");
            }
            return false;
        }
    }

    private static IEnumerable<string> Problems(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Problems),
        OptionsValidationException validation => validation.Failures,
        // A value the binder cannot convert ("abc" for a number, a time span).
        _ => [exception.Message],
    };

    /// <summary>
    /// Waits until PostgreSQL answers, logging each failed try; false when it has not within the
    /// configured time, or when it refuses the login or the database (waiting would not help).
    /// </summary>
    public static async Task<bool> DatabaseAnswersAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        var target = new NpgsqlConnectionStringBuilder(options.ConnectionString) is var cs ? $"{cs.Host}:{cs.Port}/{cs.Database}" : "";
        var deadline = DateTimeOffset.UtcNow + options.StartTimeout;
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(cancellationToken);
                return true;
            }
            catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.InvalidPassword
                or PostgresErrorCodes.InvalidAuthorizationSpecification or PostgresErrorCodes.InvalidCatalogName)
            {
                logger.LogCritical("PostgreSQL at {Database} refused the connection: {Reason}. Check ConnectionStrings:Manabi", target, exception.MessageText);
                return false;
            }
            catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
            {
                if (DateTimeOffset.UtcNow + delay > deadline)
                {
                    logger.LogCritical("PostgreSQL at {Database} did not answer within {Timeout} (Database:StartTimeout); giving up", target, options.StartTimeout);
                    return false;
                }
                logger.LogWarning("PostgreSQL at {Database} does not answer yet ({Reason}); trying again in {Delay} s",
                    target, exception.InnerException?.Message ?? exception.Message, delay.TotalSeconds);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 10));
            }
        }
    }
}
