using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Manabi.IntegrationTests.Infrastructure;

/// <summary>Every log event the host writes, as Serilog would hand it to a sink.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>Each event as its message plus every property, the way a log store indexes it.</summary>
    public IEnumerable<string> Rendered => Events.Select(e =>
        e.RenderMessage() + " " + string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}")) + " " + e.Exception);
}
