using System.Net;
using Manabi.BuildingBlocks.Messaging;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Manabi.Api.Setup;

/// <summary>Configuration section <c>Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>An OTLP collector (traces and metrics), such as <c>http://otel-collector:4317</c>. The standard OTEL_EXPORTER_OTLP_* variables work too.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Record traces without a collector (for an exporter added in code, as the tests do).</summary>
    public bool Tracing { get; set; }

    /// <summary>CIDR networks whose clients may read <c>/metrics</c> besides loopback: the Prometheus scrapers' (e.g. the cluster's pod network).</summary>
    public List<string> MetricsNetworks { get; set; } = [];
}

/// <summary>
/// OpenTelemetry: metrics always (Prometheus at <c>/metrics</c> for the internal network, OTLP when a
/// collector is configured); traces when a collector is configured — HTTP, PostgreSQL, and the outbox,
/// whose consumers' spans join the trace of the request that published the event.
/// </summary>
internal static class TelemetrySetup
{
    /// <summary>The metrics of this process beside the ones the platform gives (HTTP by route, .NET runtime, Npgsql, rate limits).</summary>
    private static readonly string[] Meters = [MessagingTelemetry.Name, "Manabi.Catalog", "Microsoft.AspNetCore.RateLimiting", "Npgsql"];

    /// <summary>
    /// Every metric stream sets aside room for this many tag combinations when created (2,000 by default:
    /// 8.6 MB over this host's 60 streams). Only HTTP (route × method × status) needs that many; the
    /// others count modules, event types, pools and GC generations.
    /// </summary>
    private const int OtherStreamsCardinality = 200;

    public static void AddManabiTelemetry(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelemetryOptions.Section);
        builder.Services.AddOptions<TelemetryOptions>().Bind(section)
            .Validate(o => o.OtlpEndpoint is null || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _), "Telemetry:OtlpEndpoint must be an absolute address.")
            .Validate(o => o.MetricsNetworks.All(n => IPNetwork.TryParse(n, out _)), "Telemetry:MetricsNetworks must be CIDR networks such as 10.0.0.0/8.")
            .ValidateOnStart();
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrEmpty(options.OtlpEndpoint) || !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("manabi-api"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(Meters).AddPrometheusExporter()
                    .AddView(instrument => instrument.Name.StartsWith("http.server.", StringComparison.Ordinal)
                        ? null : new MetricStreamConfiguration { CardinalityLimit = OtherStreamsCardinality });
                if (otlp)
                {
                    metrics.AddOtlpExporter(o => Endpoint(o, options));
                }
            });
        if (otlp || options.Tracing)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                    .AddNpgsql()
                    .AddSource(MessagingTelemetry.Name);
                if (otlp)
                {
                    tracing.AddOtlpExporter(o => Endpoint(o, options));
                }
            });
        }
    }

    /// <summary>After the forwarded headers are read: <c>/metrics</c> for loopback and the configured networks; anyone else gets 404.</summary>
    public static void UseManabiMetrics(this WebApplication app)
    {
        var networks = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.MetricsNetworks
            .Select(n => IPNetwork.Parse(n)).ToList();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Request.Path == "/metrics"
            && context.Connection.RemoteIpAddress is { } address
            && (IPAddress.IsLoopback(address) || networks.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address))));
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");

    private static void Endpoint(OtlpExporterOptions exporter, TelemetryOptions options)
    {
        if (!string.IsNullOrEmpty(options.OtlpEndpoint))
        {
            exporter.Endpoint = new Uri(options.OtlpEndpoint);
        }
    }
}
