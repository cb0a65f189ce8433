using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Data;

/// <summary>
/// What the coverage report reads (districts, schools, commissions, activities, sessions) changes
/// only through this module's saves, and each save that changes any of it gives one number a new,
/// never-used value in its transaction. A report computed after reading number n is right while the
/// number is n, so replicas keep it in memory and check one row per request. The row lock the save
/// takes lasts from its end to the commit.
/// </summary>
internal static class CoverageVersion
{
    public static Task BumpAsync(SchoolCommunityCoordinationDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("""
            INSERT INTO school_community.coverage_state (id, version) VALUES (1, nextval('school_community.coverage_versions'))
            ON CONFLICT (id) DO UPDATE SET version = excluded.version
            """, cancellationToken);

    /// <summary>The current number: read before the report's data, so the data is at least as new.</summary>
    public static Task<long> ReadAsync(SchoolCommunityCoordinationDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<long>("SELECT coalesce((SELECT version FROM school_community.coverage_state WHERE id = 1), 0) AS \"Value\"")
            .SingleAsync(cancellationToken);
}
