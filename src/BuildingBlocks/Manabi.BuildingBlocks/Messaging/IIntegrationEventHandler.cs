using Manabi.BuildingBlocks.Contracts;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>A consumer of one integration event type; see <see cref="IntegrationEventHandler{TEvent, TContext}"/>.</summary>
public interface IIntegrationEventHandler
{
    Type EventType { get; }

    /// <summary>Applies the events in order, all or none (one transaction).</summary>
    Task HandleAsync(IReadOnlyList<IntegrationEvent> integrationEvents, CancellationToken cancellationToken);
}
