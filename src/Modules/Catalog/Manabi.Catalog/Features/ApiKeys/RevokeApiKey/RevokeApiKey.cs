using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Data;
using Manabi.Catalog.Data;
using Manabi.Catalog.Features.ApiKeys.VerifyPartnerApiKey;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.ApiKeys.RevokeApiKey;

/// <summary>Revoke a key at once; revoking twice is harmless.</summary>
internal sealed record RevokeApiKeyCommand(Guid ProviderId, string KeyId) : ICommand;

internal sealed class RevokeApiKeyValidator : AbstractValidator<RevokeApiKeyCommand>
{
    public RevokeApiKeyValidator() => RuleFor(c => c.KeyId).NotEmpty().MaximumLength(32);
}

internal sealed class RevokeApiKeyHandler(CatalogDbContext db, DbSession session, VerifiedKeyCache cache, TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await db.PartnerApiKeys.SingleOrDefaultAsync(
                k => k.KeyId == command.KeyId && k.ProviderId == command.ProviderId, cancellationToken)
            ?? throw new NotFoundException(new Text("指定された API キーは見つかりません。", "No such API key."));
        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        session.AfterCommit(() => cache.Forget(key.KeyId));
        return Unit.Value;
    }
}
