using Manabi.BuildingBlocks.Data;
using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Manabi.TalentRegistry.Data;

internal sealed class TalentRegistryDbContext(DbContextOptions<TalentRegistryDbContext> options, DbSession session)
    : ModuleDbContext(options, session)
{
    public override string Schema => TalentRegistryModule.Schema;

    public DbSet<Person> People => Set<Person>();
    public DbSet<ActivityRecord> ActivityRecords => Set<ActivityRecord>();
    public DbSet<PersonalDataRead> PersonalDataReads => Set<PersonalDataRead>();
    public DbSet<LearningGroup> LearningGroups => Set<LearningGroup>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<Need> Needs => Set<Need>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<SelfReport> SelfReports => Set<SelfReport>();
    public DbSet<LeaderTraining> LeaderTrainings => Set<LeaderTraining>();
    public DbSet<LeaderCertification> LeaderCertifications => Set<LeaderCertification>();

    /// <summary>Places in the credential status lists, never reused.</summary>
    public const string CredentialStatusIndexSequence = "credential_status_index";

    /// <summary>The running part of certificate numbers.</summary>
    public const string CertificateNumberSequence = "leader_certificate_number";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // One class per entity under Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TalentRegistryDbContext).Assembly);
        modelBuilder.MapPersonalDataReads("personal_data_reads", "person_id");
        modelBuilder.HasSequence<long>(CredentialStatusIndexSequence).StartsAt(0).HasMin(0);
        modelBuilder.HasSequence<long>(CertificateNumberSequence);
    }
}

internal sealed class TalentRegistryDesignTimeFactory : IDesignTimeDbContextFactory<TalentRegistryDbContext>
{
    public TalentRegistryDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<TalentRegistryDbContext>(TalentRegistryModule.Schema, (options, session) => new(options, session));
}
