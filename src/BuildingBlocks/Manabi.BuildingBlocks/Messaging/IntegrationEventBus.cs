using Manabi.BuildingBlocks.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>
/// Delivers an event to every consumer in this process, each in its own DI scope (so its own
/// connection and transaction). One consumer failing does not stop the others; the failure is
/// rethrown so the dispatcher retries the message, and consumers that succeeded skip it via their inbox.
/// </summary>
public sealed class IntegrationEventBus(IServiceScopeFactory scopeFactory, IEnumerable<IntegrationEventHandlerRegistration> registrations)
{
    public async Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        List<Exception>? failures = null;
        foreach (var registration in registrations)
        {
            if (!registration.EventType.IsInstanceOfType(integrationEvent))
            {
                continue;
            }
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var handler = (IIntegrationEventHandler)scope.ServiceProvider.GetRequiredService(registration.HandlerType);
                await handler.HandleAsync(integrationEvent, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                (failures ??= []).Add(new IntegrationEventHandlerException(registration.HandlerType, exception));
            }
        }
        if (failures is not null)
        {
            throw new AggregateException(failures);
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
