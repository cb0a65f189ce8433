using System.Diagnostics;
using System.Runtime.CompilerServices;
using Manabi.BuildingBlocks.Contracts;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>
/// The outbox's traces: the W3C trace context of the request that published an event is stored with
/// it, and each consumer's handling of it is a span in that trace, however much later and on
/// whichever replica it is delivered.
/// </summary>
public static class MessagingTelemetry
{
    /// <summary>The ActivitySource and Meter name the host subscribes to.</summary>
    public const string Name = "Manabi.Outbox";

    internal static readonly ActivitySource Source = new(Name);

    // The context travels beside the deserialized event, not in its payload: contracts stay about the domain.
    private static readonly ConditionalWeakTable<IntegrationEvent, string> Parents = [];

    /// <summary>The trace context to store with an event published now (none outside a trace).</summary>
    internal static string? CurrentTraceParent() => Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    internal static void Carry(IntegrationEvent integrationEvent, string? traceParent)
    {
        if (traceParent is not null)
        {
            Parents.AddOrUpdate(integrationEvent, traceParent);
        }
    }

    /// <summary>A consumer's span for one event, in the trace of the request that published it.</summary>
    internal static Activity? StartConsuming(IntegrationEvent integrationEvent, string consumer)
    {
        var parent = Parents.TryGetValue(integrationEvent, out var traceParent) && ActivityContext.TryParse(traceParent, null, out var context)
            ? context : default;
        var activity = Source.StartActivity($"consume {integrationEvent.GetType().Name}", ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.system", "manabi.outbox");
        activity?.SetTag("messaging.consumer.group.name", consumer);
        activity?.SetTag("messaging.message.id", integrationEvent.EventId.ToString());
        return activity;
    }
}
