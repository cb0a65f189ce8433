using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Providers.RegisterProvider;

/// <summary>Register a provider; the demo seeder marks its own (<paramref name="IsDemo"/>).</summary>
internal sealed record RegisterProviderCommand(
    ProviderKind? Kind, string? Name, string? NameKana, string? NameEn, string? ContactEmail, string? ContactPhone, bool IsDemo = false)
    : ICommand<Versioned<ProviderResponse>>, IProviderProfileFields;

internal sealed class RegisterProviderValidator : AbstractValidator<RegisterProviderCommand>
{
    public RegisterProviderValidator() => ProviderProfileRules.Apply(this);
}

internal sealed class RegisterProviderHandler(CatalogDbContext db, TimeProvider clock)
    : ICommandHandler<RegisterProviderCommand, Versioned<ProviderResponse>>
{
    public async ValueTask<Versioned<ProviderResponse>> Handle(RegisterProviderCommand command, CancellationToken cancellationToken)
    {
        var provider = Provider.Register(command.ToProfile(), clock.GetUtcNow(), command.IsDemo);
        if (await db.Providers.AnyAsync(p => p.Name == provider.Name, cancellationToken))
        {
            throw ProviderErrors.NameTaken();
        }
        db.Providers.Add(provider);
        db.Publish(new ProviderRegisteredIntegrationEvent(provider.Id, provider.Kind, provider.RegisteredAt));
        await db.SaveChangesAsync(cancellationToken);
        return new(ProviderResponse.From(provider), provider.Version);
    }
}
