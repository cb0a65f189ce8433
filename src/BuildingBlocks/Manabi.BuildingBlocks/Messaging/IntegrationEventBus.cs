using Manabi.BuildingBlocks.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>
/// Delivers events to every consumer in this process, each in its own DI scope (so its own
/// connection and transaction). A consumer takes the events it consumes together, in one
/// transaction; if that fails it takes them again one at a time, so one bad event fails alone and
/// the others are not held back. One consumer failing does not stop the others.
/// </summary>
public sealed class IntegrationEventBus(IServiceScopeFactory scopeFactory, IEnumerable<IntegrationEventHandlerRegistration> registrations)
{
    /// <summary>Delivers the events in order; returns the failures by event id (the dispatcher retries those).</summary>
    public async Task<Dictionary<Guid, List<Exception>>> PublishAsync(IReadOnlyList<IntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        var failures = new Dictionary<Guid, List<Exception>>();
        foreach (var registration in registrations)
        {
            var consumed = integrationEvents.Where(registration.EventType.IsInstanceOfType).ToList();
            if (consumed.Count == 0)
            {
                continue;
            }
            if (consumed.Count > 1 && await TryHandleAsync(registration, consumed, cancellationToken) is null)
            {
                continue;
            }
            foreach (var integrationEvent in consumed)
            {
                if (await TryHandleAsync(registration, [integrationEvent], cancellationToken) is { } failure)
                {
                    (failures.TryGetValue(integrationEvent.EventId, out var list) ? list : failures[integrationEvent.EventId] = []).Add(failure);
                }
            }
        }
        return failures;
    }

    private async Task<Exception?> TryHandleAsync(IntegrationEventHandlerRegistration registration, List<IntegrationEvent> integrationEvents,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var handler = (IIntegrationEventHandler)scope.ServiceProvider.GetRequiredService(registration.HandlerType);
            await handler.HandleAsync(integrationEvents, cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new IntegrationEventHandlerException(registration.HandlerType, exception);
        }
    }
}

/// <summary>One consumer known to the bus.</summary>
public sealed record IntegrationEventHandlerRegistration(Type EventType, Type HandlerType);

public sealed class IntegrationEventHandlerException(Type handlerType, Exception inner)
    : Exception($"{handlerType.Name} failed: {inner.GetType().Name}", inner)
{
    public Type HandlerType { get; } = handlerType;
}
