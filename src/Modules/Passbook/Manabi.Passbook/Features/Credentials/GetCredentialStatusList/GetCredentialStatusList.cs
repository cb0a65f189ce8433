using Manabi.BuildingBlocks.Credentials;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Credentials.GetCredentialStatusList;

/// <summary>One of Passbook's revocation status lists, signed by the shared issuer.</summary>
internal sealed record GetCredentialStatusListQuery(long List, string BaseUrl) : IQuery<string>;

internal sealed class GetCredentialStatusListHandler(PassbookDbContext db, OpenBadgeIssuer issuer) : IQueryHandler<GetCredentialStatusListQuery, string>
{
    // Credentials issued before the lists existed have no index (-1 is in no list).
    public async ValueTask<string> Handle(GetCredentialStatusListQuery q, CancellationToken cancellationToken) =>
        await issuer.SignStatusListAsync(
            db.Credentials.AsNoTracking().Select(c => new StatusEntry { Index = c.StatusIndex ?? -1, Revoked = c.RevokedAt != null }),
            q.List, CredentialUrls.StatusLists(q.BaseUrl), q.BaseUrl, cancellationToken);
}
