using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Leaders.ListCertifications;

/// <summary>Certifications, newest first; <paramref name="PersonId"/> keeps one person's, <paramref name="IncludeRevoked"/> shows revoked ones too.</summary>
internal sealed record ListCertificationsQuery(Guid? PersonId, bool IncludeRevoked) : IQuery<IReadOnlyList<CertificationResponse>>;

internal sealed class ListCertificationsHandler(TalentRegistryDbContext db) : IQueryHandler<ListCertificationsQuery, IReadOnlyList<CertificationResponse>>
{
    public async ValueTask<IReadOnlyList<CertificationResponse>> Handle(ListCertificationsQuery q, CancellationToken cancellationToken)
    {
        var certifications = db.LeaderCertifications.AsNoTracking();
        if (q.PersonId is { } person)
        {
            certifications = certifications.Where(c => c.PersonId == person);
        }
        if (!q.IncludeRevoked)
        {
            certifications = certifications.Where(c => c.RevokedAt == null);
        }
        return (await certifications.OrderByDescending(c => c.CertifiedOn).ThenByDescending(c => c.Number).Take(1000).ToListAsync(cancellationToken))
            .ConvertAll(CertificationResponse.From);
    }
}
