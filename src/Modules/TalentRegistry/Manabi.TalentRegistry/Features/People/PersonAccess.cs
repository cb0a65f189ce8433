using Manabi.BuildingBlocks.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.People;

internal static class PersonAccess
{
    /// <summary>The caller's own registration, found by their login; 404 when they have none.</summary>
    public static async Task<Person> MineAsync(TalentRegistryDbContext db, string subject, CancellationToken cancellationToken) =>
        await db.People.SingleOrDefaultAsync(p => p.Subject == subject, cancellationToken) ?? throw PersonErrors.NotRegistered();

    public static async Task<Person> ByIdAsync(TalentRegistryDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.People.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw PersonErrors.NotFound();

    /// <summary>Today in Japan: terms end on a Japanese 31 March.</summary>
    public static DateOnly Today(this TimeProvider clock) => JapanTime.DateOf(clock.GetUtcNow());
}
