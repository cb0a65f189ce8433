using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Credentials;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Leaders.GetLeaderStatusList;

/// <summary>One of TalentRegistry's revocation status lists, signed by the shared issuer.</summary>
internal sealed record GetLeaderStatusListQuery(long List, string BaseUrl) : IQuery<string>;

internal sealed class GetLeaderStatusListHandler(TalentRegistryDbContext db, OpenBadgeIssuer issuer, TimeProvider clock)
    : IQueryHandler<GetLeaderStatusListQuery, string>
{
    public async ValueTask<string> Handle(GetLeaderStatusListQuery q, CancellationToken cancellationToken)
    {
        var first = q.List * StatusList.Size;
        var last = first + StatusList.Size;
        var inList = db.LeaderCertifications.AsNoTracking().Where(c => c.StatusIndex >= first && c.StatusIndex < last);
        if (!await inList.AnyAsync(cancellationToken))
        {
            throw new NotFoundException(new Text("この失効リストはありません。", "No such status list."));
        }
        var revoked = await inList.Where(c => c.RevokedAt != null || c.ErasedAt != null).Select(c => c.StatusIndex).ToListAsync(cancellationToken);
        return issuer.SignStatusList($"{LeaderCredentials.StatusLists(q.BaseUrl)}/{q.List}", q.BaseUrl, revoked, clock.GetUtcNow());
    }
}
