using FluentValidation;
using Manabi.BuildingBlocks.Data;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Features.ApiKeys.VerifyPartnerApiKey;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Providers;

/// <summary>Staff approve (or reinstate) or suspend a provider.</summary>
internal sealed record ChangeProviderStatusCommand(Guid ProviderId, ProviderStatus Status) : ICommand<ProviderResponse>;

internal sealed class ChangeProviderStatusValidator : AbstractValidator<ChangeProviderStatusCommand>
{
    public ChangeProviderStatusValidator() =>
        RuleFor(c => c.Status).Must(s => s is ProviderStatus.Approved or ProviderStatus.Suspended);
}

internal sealed class ChangeProviderStatusHandler(CatalogDbContext db, DbSession session, VerifiedKeyCache cache) : ICommandHandler<ChangeProviderStatusCommand, ProviderResponse>
{
    public async ValueTask<ProviderResponse> Handle(ChangeProviderStatusCommand command, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.SingleOrDefaultAsync(p => p.Id == command.ProviderId, cancellationToken)
            ?? throw ProviderErrors.NotFound();
        var changed = command.Status == ProviderStatus.Approved ? provider.Approve() : provider.Suspend();
        if (!changed)
        {
            return ProviderResponse.From(provider);
        }
        db.Publish(command.Status == ProviderStatus.Approved
            ? new ProviderApprovedIntegrationEvent(provider.Id, provider.Kind)
            : new ProviderSuspendedIntegrationEvent(provider.Id));
        // Its opportunities appear in (or vanish from) the public feed and search.
        await FeedChanges.RenumberProviderAsync(db, provider.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        session.AfterCommit(() => cache.ForgetProvider(provider.Id)); // a suspended provider's keys stop at once
        return ProviderResponse.From(provider);
    }
}
