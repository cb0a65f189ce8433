using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Providers.UpdateProvider;

/// <summary>Replace a provider's descriptive fields; <paramref name="ExpectedVersion"/> comes from <c>If-Match</c> (null for <c>*</c>).</summary>
internal sealed record UpdateProviderCommand(
    Guid Id, ProviderKind? Kind, string? Name, string? NameKana, string? NameEn, string? ContactEmail, string? ContactPhone, uint? ExpectedVersion)
    : ICommand<Versioned<ProviderResponse>>, IProviderProfileFields;

internal sealed class UpdateProviderValidator : AbstractValidator<UpdateProviderCommand>
{
    public UpdateProviderValidator() => ProviderProfileRules.Apply(this);
}

internal sealed class UpdateProviderHandler(CatalogDbContext db) : ICommandHandler<UpdateProviderCommand, Versioned<ProviderResponse>>
{
    public async ValueTask<Versioned<ProviderResponse>> Handle(UpdateProviderCommand command, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
            ?? throw ProviderErrors.NotFound();
        if (command.ExpectedVersion is { } expected)
        {
            if (provider.Version != expected)
            {
                throw new PreconditionFailedException();
            }
            // Also guards the race between this read and the write: EF checks xmin in the UPDATE.
            db.Entry(provider).Property(p => p.Version).OriginalValue = expected;
        }
        var name = provider.Name;
        provider.Update(command.ToProfile());
        if (provider.Name != name && await db.Providers.AnyAsync(p => p.Name == provider.Name && p.Id != provider.Id, cancellationToken))
        {
            throw ProviderErrors.NameTaken();
        }
        if (provider.Name != name)
        {
            // Feeds and search show the provider's name with each of its opportunities.
            await FeedChanges.RenumberProviderAsync(db, provider.Id, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(ProviderResponse.From(provider), provider.Version);
    }
}
