using Manabi.BuildingBlocks.Contracts;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>A consumer of one integration event type; see <see cref="IntegrationEventHandler{TEvent, TContext}"/>.</summary>
public interface IIntegrationEventHandler
{
    Type EventType { get; }

    Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
