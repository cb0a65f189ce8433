using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Mediator;

namespace Manabi.Catalog.Features.Providers.RegisterProvider;

/// <summary>Register a learning provider (staff). It starts pending approval.</summary>
/// <param name="Kind">Kind of organization.</param>
/// <param name="Name">Name in Japanese, e.g. 千歳市教育委員会.</param>
/// <param name="NameKana">Reading in kana, e.g. ちとせしきょういくいいんかい.</param>
/// <param name="NameEn">Name in English (optional).</param>
/// <param name="ContactEmail">Organization contact e-mail (optional).</param>
/// <param name="ContactPhone">Organization contact phone (optional).</param>
public sealed record RegisterProviderCommand(
    ProviderKind? Kind, string? Name, string? NameKana, string? NameEn, string? ContactEmail, string? ContactPhone)
    : ICommand<Versioned<ProviderResponse>>, IProviderProfileFields
{
    internal bool IsDemo { get; init; }
}

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
        db.Providers.Add(provider);
        db.Publish(new ProviderRegisteredIntegrationEvent(provider.Id, provider.Kind, provider.RegisteredAt));
        await db.SaveChangesAsync(cancellationToken);
        return new(ProviderResponse.From(provider), provider.Version);
    }
}
