using Manabi.Catalog.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Programmes;

/// <summary>Keeps Passbook's programmes and sessions in step with Catalog's published opportunities.</summary>
internal static class ProgrammeReadModel
{
    public static async Task ApplyAsync(PassbookDbContext db, Guid opportunityId, Guid providerId, bool eligible, decimal credits,
        IReadOnlyList<string> fields, IReadOnlyList<OpportunitySessionInfo> sessions, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.OpportunityId == opportunityId, cancellationToken);
        if (programme is null)
        {
            programme = Programme.From(opportunityId, providerId);
            db.Programmes.Add(programme);
        }
        else if (programme.UpdatedAt > at)
        {
            return; // an older event delivered late: the newer state is already here
        }
        programme.Update(eligible, credits, fields, at);
        var ids = sessions.Select(s => s.SessionId).ToList();
        var known = await db.ProgrammeSessions.Where(s => ids.Contains(s.SessionId)).ToDictionaryAsync(s => s.SessionId, cancellationToken);
        foreach (var info in sessions)
        {
            if (!known.TryGetValue(info.SessionId, out var session))
            {
                session = ProgrammeSession.From(info.SessionId, opportunityId);
                db.ProgrammeSessions.Add(session);
            }
            session.Update(info.StartsAt, info.EndsAt, info.Status == SessionStatus.Cancelled);
        }
    }
}
