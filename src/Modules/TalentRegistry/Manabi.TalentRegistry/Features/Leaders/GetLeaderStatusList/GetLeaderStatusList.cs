using Manabi.BuildingBlocks.Credentials;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Leaders.GetLeaderStatusList;

/// <summary>One of TalentRegistry's revocation status lists, signed by the shared issuer.</summary>
internal sealed record GetLeaderStatusListQuery(long List, string BaseUrl) : IQuery<string>;

internal sealed class GetLeaderStatusListHandler(TalentRegistryDbContext db, OpenBadgeIssuer issuer) : IQueryHandler<GetLeaderStatusListQuery, string>
{
    // An erased leader's credential names them: it is withdrawn, so it reads as revoked.
    public async ValueTask<string> Handle(GetLeaderStatusListQuery q, CancellationToken cancellationToken) =>
        await issuer.SignStatusListAsync(
            db.LeaderCertifications.AsNoTracking().Select(c => new StatusEntry { Index = c.StatusIndex, Revoked = c.RevokedAt != null || c.ErasedAt != null }),
            q.List, LeaderCredentials.StatusLists(q.BaseUrl), q.BaseUrl, cancellationToken);
}
