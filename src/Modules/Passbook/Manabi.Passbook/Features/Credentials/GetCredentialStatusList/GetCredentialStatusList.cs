using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Credentials;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Credentials.GetCredentialStatusList;

/// <summary>One revocation status list, as a signed <c>BitstringStatusListCredential</c> (VC-JWT).</summary>
internal sealed record GetCredentialStatusListQuery(long List, string BaseUrl) : IQuery<string>;

internal sealed class GetCredentialStatusListHandler(PassbookDbContext db, OpenBadgeIssuer issuer, TimeProvider clock)
    : IQueryHandler<GetCredentialStatusListQuery, string>
{
    public async ValueTask<string> Handle(GetCredentialStatusListQuery q, CancellationToken cancellationToken)
    {
        var first = q.List * StatusList.Size;
        var last = first + StatusList.Size;
        var inList = db.Credentials.AsNoTracking().Where(c => c.StatusIndex >= first && c.StatusIndex < last);
        if (!await inList.AnyAsync(cancellationToken))
        {
            throw new NotFoundException(new Text("この失効リストはありません。", "No such status list."));
        }
        var revoked = await inList.Where(c => c.RevokedAt != null).Select(c => c.StatusIndex!.Value).ToListAsync(cancellationToken);
        return issuer.SignStatusList($"{CredentialUrls.StatusLists(q.BaseUrl)}/{q.List}", q.BaseUrl, revoked, clock.GetUtcNow());
    }
}
