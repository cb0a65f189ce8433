using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Leaders.ListMyCertifications;

/// <summary>The caller's own certifications with their credentials, to present to anyone.</summary>
internal sealed record ListMyCertificationsQuery(string Subject) : IQuery<IReadOnlyList<CertificationResponse>>;

internal sealed class ListMyCertificationsHandler(TalentRegistryDbContext db) : IQueryHandler<ListMyCertificationsQuery, IReadOnlyList<CertificationResponse>>
{
    public async ValueTask<IReadOnlyList<CertificationResponse>> Handle(ListMyCertificationsQuery q, CancellationToken cancellationToken)
    {
        var me = await PersonAccess.MineAsync(db, q.Subject, cancellationToken);
        return (await db.LeaderCertifications.AsNoTracking().Where(c => c.PersonId == me.Id).OrderBy(c => c.CertifiedOn).ToListAsync(cancellationToken))
            .ConvertAll(CertificationResponse.From);
    }
}
