using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Credentials;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Idempotency;
using Manabi.BuildingBlocks.Messaging;
using Manabi.BuildingBlocks.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Manabi.BuildingBlocks;

public static class BuildingBlocksServiceCollectionExtensions
{
    public const string ConnectionStringName = "Manabi";

    /// <summary>The shared mechanisms: database session, outbox/inbox, idempotency, API keys, credential signing, errors.</summary>
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .Configure(o => o.ConnectionString = configuration.GetConnectionString(ConnectionStringName))
            .Validate(o => DatabaseOptions.IsConnectionString(o.ConnectionString),
                $"ConnectionStrings:{ConnectionStringName} must be a PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…).")
            .Validate(o => o.StartTimeout > TimeSpan.Zero, "Database:StartTimeout must be a positive time such as 00:02:00.")
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var builder = new NpgsqlDataSourceBuilder(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString);
            // No automatic preparation. When the execution that auto-prepares a statement fails (a
            // value too long, a unique violation, a bad byte), Npgsql 10.0.3 keeps wrong bookkeeping
            // for that connection, and a later request on it fails with "Received unexpected backend
            // message DataRow" (npgsql/npgsql#6391, open; ConnectionStressTests reproduces it). So it
            // stays off whatever the connection string says.
            builder.ConnectionStringBuilder.MaxAutoPrepare = 0;
            // Nothing here changes session state (no SET, no session locks, no temp tables), so a
            // pooled connection needs no reset statement each time it is handed out again.
            builder.ConnectionStringBuilder.NoResetOnClose = true;
            return builder.Build();
        });
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DbSession>();

        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IntegrationEventBus>();
        services.AddSingleton<ParkedMessages>();
        services.AddSingleton(provider =>
        {
            var types = new IntegrationEventTypes();
            foreach (var assembly in provider.GetServices<IntegrationEventAssembly>())
            {
                types.AddFrom(assembly.Assembly);
            }
            return types;
        });

        services.AddOptions<CityOptions>().Bind(configuration.GetSection(CityOptions.Section));
        services.AddOptions<IdempotencyOptions>().Bind(configuration.GetSection(IdempotencyOptions.Section));
        services.AddDbContext<PlatformDbContext>((provider, options) => options
            .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(),
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", PlatformDbContext.Schema))
            .UseSnakeCaseNamingConvention());
        services.AddHostedService<IdempotencyCleanup>();
        services.AddHostedService<OutboxMetrics>();

        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection(ApiKeyOptions.Section))
            .Validate(o => Secrets.IsBase64Key(o.Pepper, 32), "Auth:ApiKeys:Pepper must be a base64 secret of at least 32 bytes.")
            .ValidateOnStart();
        services.AddSingleton<ApiKeySecrets>();
        services.AddCredentials(configuration);

        services.AddExceptionHandler<ProblemExceptionHandler>();
        // A rule stops at its first failure: "NotEmpty().Must(list => list!.Count …)" must not run the
        // Must on a missing list (it threw, and the request got a 500).
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        ValidatorOptions.Global.LanguageManager = new JapaneseValidationMessages();
        return services;
    }
}
