using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Credentials.GetCredentialStatus;

internal sealed record GetCredentialStatusQuery(Guid Id) : IQuery<CredentialStatusResponse>;

internal sealed class GetCredentialStatusHandler(PassbookDbContext db) : IQueryHandler<GetCredentialStatusQuery, CredentialStatusResponse>
{
    public async ValueTask<CredentialStatusResponse> Handle(GetCredentialStatusQuery q, CancellationToken cancellationToken) =>
        await db.Credentials.AsNoTracking().Where(c => c.Id == q.Id)
            .Select(c => new CredentialStatusResponse(c.Id, c.RevokedAt == null ? "valid" : "revoked", c.RevokedAt))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(new Text("この証明書は発行されていません。", "No credential with this id was issued."));
}
