using System.Reflection;
using FluentValidation;
using Manabi.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Manabi.BuildingBlocks.Data;

public static class ModuleServiceCollectionExtensions
{
    /// <summary>
    /// Registers what every module has: its DbContext on the scope's shared connection (its own
    /// schema and migrations history), its outbox dispatcher, its validators, its integration-event
    /// consumers, and the integration events its Contracts declare.
    /// </summary>
    public static IServiceCollection AddModule<TContext>(
        this IServiceCollection services, string name, string schema, Assembly contractsAssembly)
        where TContext : ModuleDbContext
    {
        var module = new ModuleDatabase(name, schema, typeof(TContext));
        services.AddSingleton(module);
        services.AddDbContext<TContext>((provider, options) =>
            Configure(options, provider.GetRequiredService<DbSession>().Connection, schema));
        services.AddSingleton<IHostedService>(provider =>
            ActivatorUtilities.CreateInstance<OutboxDispatcher>(provider, module));

        var moduleAssembly = typeof(TContext).Assembly;
        // Validators hold no state; building their rules for every request was measurable CPU.
        services.AddValidatorsFromAssembly(moduleAssembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddIntegrationEventHandlers(moduleAssembly);
        services.AddIntegrationEvents(contractsAssembly);
        return services;
    }

    /// <summary>Registers the consumers (subclasses of IntegrationEventHandler) found in an assembly.</summary>
    public static IServiceCollection AddIntegrationEventHandlers(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsAbstract || !typeof(IIntegrationEventHandler).IsAssignableFrom(type))
            {
                continue;
            }
            var eventType = FindEventType(type);
            services.AddScoped(type);
            services.AddSingleton(new IntegrationEventHandlerRegistration(eventType, type));
        }
        return services;
    }

    public static IServiceCollection AddIntegrationEvents(this IServiceCollection services, Assembly contractsAssembly)
    {
        services.AddSingleton(new IntegrationEventAssembly(contractsAssembly));
        return services;
    }

    internal static void Configure(DbContextOptionsBuilder options, NpgsqlConnection connection, string schema) =>
        options
            .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention();

    private static Type FindEventType(Type handlerType)
    {
        for (var type = handlerType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IntegrationEventHandler<,>))
            {
                return type.GetGenericArguments()[0];
            }
        }
        throw new InvalidOperationException($"{handlerType.Name} must derive from IntegrationEventHandler<TEvent, TContext>.");
    }
}

/// <summary>A Contracts assembly whose integration events the dispatcher can deserialize.</summary>
public sealed record IntegrationEventAssembly(Assembly Assembly);
