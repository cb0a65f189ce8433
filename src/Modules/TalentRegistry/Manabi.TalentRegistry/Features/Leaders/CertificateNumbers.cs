using Manabi.TalentRegistry.Data;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Leaders;

internal static class CertificateNumbers
{
    /// <summary>The next certificate number (fiscal year and a running number, e.g. 2026-0003) and the next place in the status lists.</summary>
    public static async Task<(string Number, long StatusIndex)> NextAsync(TalentRegistryDbContext db, int fiscalYear, CancellationToken cancellationToken)
    {
        var running = await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('{TalentRegistryModule.Schema}.{TalentRegistryDbContext.CertificateNumberSequence}') AS \"Value\"")
            .SingleAsync(cancellationToken);
        var statusIndex = await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('{TalentRegistryModule.Schema}.{TalentRegistryDbContext.CredentialStatusIndexSequence}') AS \"Value\"")
            .SingleAsync(cancellationToken);
        return ($"{fiscalYear}-{running:0000}", statusIndex);
    }
}
