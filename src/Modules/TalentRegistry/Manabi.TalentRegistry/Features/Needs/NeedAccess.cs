using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Needs;

internal static class NeedAccess
{
    public static async Task<Need> ByIdAsync(TalentRegistryDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Needs.Include(n => n.Proposals).SingleOrDefaultAsync(n => n.Id == id, cancellationToken) ?? throw NeedErrors.NotFound();
}
