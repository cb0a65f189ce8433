using Manabi.BuildingBlocks.Data;
using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Manabi.Passbook.Data;

internal sealed class PassbookDbContext(DbContextOptions<PassbookDbContext> options, DbSession session)
    : ModuleDbContext(options, session)
{
    public override string Schema => PassbookModule.Schema;

    public DbSet<Learner> Learners => Set<Learner>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<ProgrammeSession> ProgrammeSessions => Set<ProgrammeSession>();
    public DbSet<Stamp> Stamps => Set<Stamp>();
    public DbSet<CertificationLevel> Levels => Set<CertificationLevel>();
    public DbSet<Commendation> Commendations => Set<Commendation>();
    public DbSet<PersonalDataRead> PersonalDataReads => Set<PersonalDataRead>();
    public DbSet<Credential> Credentials => Set<Credential>();

    public const string CredentialStatusIndexSequence = "credential_status_index";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // One class per entity under Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PassbookDbContext).Assembly);
        modelBuilder.MapPersonalDataReads("personal_data_reads", "learner_id");
        // Positions in the credential status lists: taken before signing, since the credential names its own.
        modelBuilder.HasSequence<long>(CredentialStatusIndexSequence).StartsAt(0).HasMin(0);
    }
}

internal sealed class PassbookDesignTimeFactory : IDesignTimeDbContextFactory<PassbookDbContext>
{
    public PassbookDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<PassbookDbContext>(PassbookModule.Schema, (options, session) => new(options, session));
}
