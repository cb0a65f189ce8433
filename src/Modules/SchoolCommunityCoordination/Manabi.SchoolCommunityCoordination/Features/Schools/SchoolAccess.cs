using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Schools;

internal static class SchoolAccess
{
    public static async Task<School> ByIdAsync(SchoolCommunityCoordinationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Schools.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw SchoolErrors.SchoolNotFound();
}
