using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Providers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.ApiKeys.IssueApiKey;

internal sealed record IssueApiKeyCommand(Guid ProviderId, string? Name, DateTimeOffset? ExpiresAt) : ICommand<IssuedApiKeyResponse>;

/// <summary>A newly issued key. <c>apiKey</c> is shown only in this response; store it now.</summary>
/// <param name="KeyId">Public key id.</param>
/// <param name="ApiKey">The key to send as <c>X-Api-Key</c>.</param>
/// <param name="ProviderId">The provider the key acts for.</param>
/// <param name="Name">Label.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="ExpiresAt">When it stops working, if ever.</param>
public sealed record IssuedApiKeyResponse(string KeyId, string ApiKey, Guid ProviderId, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);

internal sealed class IssueApiKeyValidator : AbstractValidator<IssueApiKeyCommand>
{
    public IssueApiKeyValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).MaximumLength(100).Named("名前", "name");
        RuleFor(c => c.ExpiresAt).GreaterThan(_ => clock.GetUtcNow()).When(c => c.ExpiresAt is not null)
            .Named("有効期限", "expiresAt").Says("有効期限は今より後の日時にしてください。", "expiresAt must be in the future.");
    }
}

internal sealed class IssueApiKeyHandler(CatalogDbContext db, ApiKeySecrets secrets, TimeProvider clock)
    : ICommandHandler<IssueApiKeyCommand, IssuedApiKeyResponse>
{
    public async ValueTask<IssuedApiKeyResponse> Handle(IssueApiKeyCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Providers.AnyAsync(p => p.Id == command.ProviderId, cancellationToken))
        {
            throw ProviderErrors.NotFound();
        }
        var (keyId, plainText, hash) = secrets.Generate();
        var name = string.IsNullOrWhiteSpace(command.Name) ? "default" : command.Name.Trim();
        var key = PartnerApiKey.Issue(command.ProviderId, keyId, hash, name, clock.GetUtcNow(), command.ExpiresAt);
        db.PartnerApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new(keyId, plainText, key.ProviderId, key.Name, key.CreatedAt, key.ExpiresAt);
    }
}
