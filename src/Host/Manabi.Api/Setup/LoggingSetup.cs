using Manabi.BuildingBlocks.Http;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace Manabi.Api.Setup;

internal static class LoggingSetup
{
    // The sinks the configuration can name (more through "Serilog:Using"). Without this list Serilog
    // reads the metadata of every assembly in the application's directory at each start.
    private static readonly ConfigurationReaderOptions SinkAssemblies = new(
        typeof(ConsoleLoggerConfigurationExtensions).Assembly, typeof(FileLoggerConfigurationExtensions).Assembly);

    /// <summary>
    /// Serilog: readable console lines in Development, compact JSON elsewhere (for the city's log
    /// collector). Levels come from the <c>Serilog</c> configuration section.
    /// </summary>
    public static void AddManabiLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration, SinkAssemblies)
                .ReadFrom.Services(services)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                // EF logs every failed command, including the expected probe for a missing migrations
                // table; real failures surface as exceptions and are logged where they are handled.
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", LogEventLevel.Fatal)
                .Enrich.FromLogContext()
                .Enrich.With(new RouteTemplateEnricher(services.GetRequiredService<IHttpContextAccessor>()))
                .Enrich.WithProperty("Application", "Manabi");
            if (development)
            {
                logger.WriteTo.Console(outputTemplate:
                    "[{Timestamp:HH:mm:ss} {Level:u3}] {Module} {Message:lj} {CorrelationId}{NewLine}{Exception}");
            }
            else
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        }, preserveStaticLogger: true); // each host (tests run several) logs through its own logger
    }

    /// <summary>
    /// One line per request. The route template is logged instead of the path and query, which can
    /// carry identifiers such as passbook numbers; bodies and headers are never logged.
    /// </summary>
    public static void UseManabiRequestLogging(this WebApplication app) => app.UseSerilogRequestLogging(options =>
    {
        options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        options.MessageTemplate = "HTTP {RequestMethod} {RoutePattern} responded {StatusCode} in {Elapsed:0.0} ms";
        options.GetMessageTemplateProperties = (context, _, elapsed, statusCode) =>
        [
            new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
            new LogEventProperty("RoutePattern", new ScalarValue(RoutePattern(context))),
            new LogEventProperty("StatusCode", new ScalarValue(statusCode)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
        ];
        options.EnrichDiagnosticContext = (diagnostics, context) =>
        {
            diagnostics.Set("Module", Endpoint(context)?.Metadata.GetMetadata<ModuleMetadata>()?.Name ?? "Host");
            diagnostics.Set("Authenticated", context.User.Identity?.IsAuthenticated == true);
        };
        options.GetLevel = (context, _, exception) =>
            exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
            : context.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Verbose
            : LogEventLevel.Information;
    });

    /// <summary>
    /// Remembers the matched endpoint: the exception handler clears it before re-running the
    /// pipeline, and error responses should still be logged under their route and module.
    /// </summary>
    public static void UseEndpointMemory(this WebApplication app) => app.Use((context, next) =>
    {
        context.Items[typeof(Endpoint)] = context.GetEndpoint();
        return next(context);
    });

    private static Endpoint? Endpoint(HttpContext context) =>
        context.GetEndpoint() ?? context.Items[typeof(Endpoint)] as Endpoint;

    internal static string RoutePattern(HttpContext context) =>
        (Endpoint(context) as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";

    /// <summary>
    /// ASP.NET Core's request scope puts the raw path on every event of a request; paths carry ids
    /// (and later passbook numbers), so the path is replaced by the route template.
    /// </summary>
    private sealed class RouteTemplateEnricher(IHttpContextAccessor accessor) : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            if (accessor.HttpContext is { } context)
            {
                logEvent.AddOrUpdateProperty(propertyFactory.CreateProperty("RequestPath", RoutePattern(context)));
            }
        }
    }
}
