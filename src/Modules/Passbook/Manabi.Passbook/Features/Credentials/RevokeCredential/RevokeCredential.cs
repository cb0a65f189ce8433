using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Credentials.RevokeCredential;

internal sealed record RevokeCredentialCommand(Guid Id, string? Reason) : ICommand;

internal sealed class RevokeCredentialValidator : AbstractValidator<RevokeCredentialCommand>
{
    public RevokeCredentialValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).Named("理由", "reason");
}

internal sealed class RevokeCredentialHandler(PassbookDbContext db, TimeProvider clock) : ICommandHandler<RevokeCredentialCommand>
{
    public async ValueTask<Unit> Handle(RevokeCredentialCommand c, CancellationToken cancellationToken)
    {
        var credential = await db.Credentials.SingleOrDefaultAsync(x => x.Id == c.Id, cancellationToken)
            ?? throw new NotFoundException(new Text("この証明書は発行されていません。", "No credential with this id was issued."));
        credential.Revoke(c.Reason!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
