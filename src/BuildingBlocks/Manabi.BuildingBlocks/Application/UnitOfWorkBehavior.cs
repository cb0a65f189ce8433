using Manabi.BuildingBlocks.Data;
using Mediator;

namespace Manabi.BuildingBlocks.Application;

/// <summary>
/// Innermost behaviour for commands: the handler's changes and the outbox rows it queued commit in
/// one transaction, or not at all. Joins a transaction already open (an idempotent request).
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(DbSession session)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await session.BeginAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        return response;
    }
}
