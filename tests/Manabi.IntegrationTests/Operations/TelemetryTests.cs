using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;
using OpenTelemetry.Trace;

namespace Manabi.IntegrationTests.Operations;

/// <summary>What city IT's monitoring reads: one trace from a request through the outbox to a consumer, the metrics at /metrics, trace ids in the logs.</summary>
public sealed class TelemetryTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_trace_runs_from_the_request_that_published_an_event_to_the_consumer_that_handled_it_and_the_logs_carry_its_id()
    {
        var spans = new Spans();
        await using var api = new ManabiApiFactory(Fixture.Database.ConnectionString, new Dictionary<string, string?> { ["Telemetry:Tracing"] = "true" },
            configureServices: services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));

        var registered = await api.ClientAs("staff").PostAsJsonAsync("/api/v1/catalog/providers", Http.ProviderBody("トレース確認の会"));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        // Indicators counts registered providers: its consumer's span is in the request's trace.
        // The server span ends after the client has its response, and the consumer may finish first: wait for both.
        var ended = await EventuallyAsync(() => Task.FromResult(Snapshot(spans)), s =>
            s.Any(IsConsumer) && s.Any(IsRequest), TimeSpan.FromSeconds(30));
        var consumer = ended.Single(IsConsumer);
        var request = ended.Single(IsRequest);
        Assert.Equal((request.TraceId, request.SpanId), (consumer.TraceId, consumer.ParentSpanId));
        // The statements the consumer sent are in it too.
        Assert.Contains(Snapshot(spans), s => s.ParentSpanId == consumer.SpanId && s.Source.Name == "Npgsql");
        // The request's log line names the trace, so a log search finds the spans and the other way round.
        Assert.Contains(api.Logs.Events, e => e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal)
            && e.Properties["RoutePattern"].ToString() == "\"/api/v1/catalog/providers\"" && e.TraceId == request.TraceId);
    }

    [Fact]
    public async Task Metrics_are_scrapeable_from_the_internal_network_only()
    {
        var client = Api.CreateClient();
        (await client.GetAsync("/api/v1/catalog/fields")).EnsureSuccessStatusCode();
        // The outbox figures are read every 15 s, the first time at start.
        var metrics = await EventuallyAsync(async () => await (await client.GetAsync("/metrics")).Content.ReadAsStringAsync(),
            text => text.Contains("manabi_outbox_backlog", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        Assert.Contains("http_server_request_duration_seconds_bucket{", metrics);
        Assert.Contains("http_route=\"/api/v1/catalog/fields\"", metrics);
        Assert.Contains("manabi_outbox_backlog{", metrics);
        Assert.Contains("module=\"Indicators\"", metrics);
        Assert.Contains("manabi_outbox_oldest_age_seconds", metrics);
        Assert.Contains("manabi_outbox_parked", metrics);
        Assert.Contains("dotnet_gc_", metrics);

        // Anyone else: as if there were nothing there.
        await using var remote = new ManabiApiFactory(Fixture.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["Http:TrustedProxies:0"] = "127.0.0.1",
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        Assert.Equal(HttpStatusCode.NotFound, (await remote.CreateClient().SendAsync(request)).StatusCode);
    }

    private static bool IsConsumer(Activity span) =>
        span.Kind == ActivityKind.Consumer && span.DisplayName == "consume ProviderRegisteredIntegrationEvent";

    private static bool IsRequest(Activity span) =>
        span.Kind == ActivityKind.Server && span.GetTagItem("http.route") as string == "/api/v1/catalog/providers";

    private static List<Activity> Snapshot(Spans spans) => spans.ToList();

    /// <summary>The exporter adds from its own thread while the test reads.</summary>
    private sealed class Spans : System.Collections.ObjectModel.Collection<Activity>
    {
        private readonly Lock _lock = new();

        public List<Activity> ToList()
        {
            lock (_lock)
            {
                return [.. Items];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_lock)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
