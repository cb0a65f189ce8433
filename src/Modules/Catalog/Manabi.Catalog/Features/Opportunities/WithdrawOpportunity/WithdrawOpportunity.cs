using FluentValidation;
using Manabi.Catalog.Data;
using Manabi.Catalog.Features.Push;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Opportunities.WithdrawOpportunity;

/// <summary>Withdraw an opportunity: it stays as a tombstone (feeds announce the deletion; stamps keep their programme).</summary>
internal sealed record WithdrawOpportunityCommand(Guid ProviderId, string ExternalId, Guid? CallerProviderId) : ICommand;

internal sealed class WithdrawOpportunityValidator : AbstractValidator<WithdrawOpportunityCommand>
{
    public WithdrawOpportunityValidator() => RuleFor(c => c.ExternalId).Matches(OpportunityInputValidator.ExternalIdPattern);
}

internal sealed class WithdrawOpportunityHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<WithdrawOpportunityCommand>
{
    public async ValueTask<Unit> Handle(WithdrawOpportunityCommand command, CancellationToken cancellationToken)
    {
        var provider = await ProviderScope.ResolveForChangeAsync(db, command.ProviderId, command.CallerProviderId, cancellationToken);
        var opportunity = await db.Opportunities.Include(o => o.Sessions)
                .SingleOrDefaultAsync(o => o.ProviderId == provider.Id && o.ExternalId == command.ExternalId, cancellationToken)
            ?? throw OpportunityErrors.NotFound();
        var wasPublic = opportunity.Status == Contracts.OpportunityStatus.Published;
        if (opportunity.Withdraw(clock.GetUtcNow()))
        {
            opportunity.MarkChanged((await FeedChanges.NextAsync(db, 1, cancellationToken))[0]);
            OpportunityEvents.Publish(db, provider, opportunity, wasPublic);
            await db.SaveChangesAsync(cancellationToken);
        }
        return Unit.Value;
    }
}
