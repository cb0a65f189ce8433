using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Data;
using Manabi.Catalog.Features.Opportunities;
using Mediator;

namespace Manabi.Catalog.Features.Push.UpsertOpportunity;

/// <summary>Create or replace one opportunity by the provider's own id.</summary>
internal sealed record UpsertOpportunityCommand(Guid ProviderId, string ExternalId, uint? ExpectedVersion, Guid? CallerProviderId, OpportunityInput Input)
    : ICommand<UpsertOutcome>;

internal sealed class UpsertOpportunityValidator : AbstractValidator<UpsertOpportunityCommand>
{
    public UpsertOpportunityValidator()
    {
        RuleFor(c => c.ExternalId).Matches(OpportunityInputValidator.ExternalIdPattern)
            .Named("externalId", "externalId");
        RuleFor(c => c.Input).NotNull();
    }
}

internal sealed class UpsertOpportunityHandler(CatalogDbContext db, OpportunityUpserter upserter) : ICommandHandler<UpsertOpportunityCommand, UpsertOutcome>
{
    public async ValueTask<UpsertOutcome> Handle(UpsertOpportunityCommand command, CancellationToken cancellationToken)
    {
        var provider = await ProviderScope.ResolveForChangeAsync(db, command.ProviderId, command.CallerProviderId, cancellationToken);
        var outcomes = await upserter.UpsertAsync(provider, [(command.ExternalId, command.Input)], command.ExpectedVersion,
            byStaff: command.CallerProviderId is null, isDemo: false, cancellationToken);
        return outcomes[0].Rejection is { } rejection ? throw rejection : outcomes[0].Outcome;
    }
}
