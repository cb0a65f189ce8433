using System.Text.Json.Serialization;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Providers.UpdateProvider;

/// <summary>Replace a provider's descriptive fields (staff). Requires <c>If-Match</c>.</summary>
/// <param name="Kind">Kind of organization.</param>
/// <param name="Name">Name in Japanese.</param>
/// <param name="NameKana">Reading in kana.</param>
/// <param name="NameEn">Name in English (optional).</param>
/// <param name="ContactEmail">Organization contact e-mail (optional).</param>
/// <param name="ContactPhone">Organization contact phone (optional).</param>
public sealed record UpdateProviderCommand(
    ProviderKind? Kind, string? Name, string? NameKana, string? NameEn, string? ContactEmail, string? ContactPhone)
    : ICommand<Versioned<ProviderResponse>>, IProviderProfileFields
{
    [JsonIgnore] internal Guid Id { get; init; }

    /// <summary>From <c>If-Match</c>; null for <c>*</c>.</summary>
    [JsonIgnore] internal uint? ExpectedVersion { get; init; }
}

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
        if (provider.Name != name)
        {
            // Feeds and search show the provider's name with each of its opportunities.
            await FeedChanges.RenumberProviderAsync(db, provider.Id, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(ProviderResponse.From(provider), provider.Version);
    }
}
