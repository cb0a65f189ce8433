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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Learner>(learner =>
        {
            learner.HasKey(l => l.Id);
            learner.HasIndex(l => l.Subject).IsUnique().HasFilter("subject IS NOT NULL");
            learner.HasIndex(l => l.PassbookNumber).IsUnique();
            learner.Property(l => l.Subject).HasMaxLength(200);
            learner.Property(l => l.DisplayName).HasMaxLength(100);
            learner.Property(l => l.NameKana).HasMaxLength(100);
            learner.Property(l => l.Area).HasMaxLength(50);
            learner.Property(l => l.Contact).HasMaxLength(254);
            learner.Property(l => l.ConsentPurpose).HasMaxLength(200);
            learner.Property(l => l.ConsentVersion).HasMaxLength(50);
            learner.Property(l => l.PassbookNumber).HasMaxLength(11); // varchar: character(n) compares as text against a text parameter and then misses the index
            learner.Property(l => l.Version).IsRowVersion();
        });
        modelBuilder.Entity<Programme>(programme =>
        {
            programme.HasKey(p => p.OpportunityId);
            programme.Property(p => p.CreditsPerSession).HasPrecision(4, 1);
        });
        modelBuilder.Entity<ProgrammeSession>(session =>
        {
            session.HasKey(s => s.SessionId);
            session.HasIndex(s => s.OpportunityId);
        });
        modelBuilder.Entity<Stamp>(stamp =>
        {
            stamp.HasKey(s => s.Id);
            // One stamp per learner per session, whatever path it came by.
            // One counting stamp per learner and session; a voided one stays on record and does not
            // stop the session being stamped again once the mistake is put right.
            stamp.HasIndex(s => new { s.LearnerId, s.SessionId }).IsUnique().HasFilter("voided_at IS NULL");
            stamp.Property(s => s.Credits).HasPrecision(4, 1);
            stamp.Property(s => s.Method).HasConversion<string>().HasMaxLength(20);
            stamp.Property(s => s.RecordedBy).HasMaxLength(200);
            stamp.HasIndex(s => s.RecordedAt);
            stamp.Property(s => s.VoidReason).HasMaxLength(500);
            stamp.Property(s => s.VoidedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<PersonalDataRead>(read =>
        {
            read.HasKey(r => r.Id);
            read.HasIndex(r => new { r.LearnerId, r.ReadAt });
            read.Property(r => r.Reader).HasMaxLength(200);
            read.Property(r => r.What).HasMaxLength(100);
        });
        modelBuilder.Entity<Credential>(credential =>
        {
            credential.HasKey(c => c.Id);
            credential.HasIndex(c => c.LearnerId);
            credential.HasIndex(c => c.CommendationId);
            credential.Property(c => c.Kind).HasMaxLength(30);
            credential.Property(c => c.RevocationReason).HasMaxLength(500);
        });
        modelBuilder.Entity<CertificationLevel>(level =>
        {
            level.ToTable("certification_levels");
            level.HasKey(l => l.Id);
            level.Property(l => l.Name).HasMaxLength(100);
            level.Property(l => l.Credits).HasPrecision(6, 1);
        });
        modelBuilder.Entity<Commendation>(commendation =>
        {
            commendation.HasKey(c => c.Id);
            commendation.HasIndex(c => new { c.LearnerId, c.LevelId }).IsUnique();
            commendation.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            commendation.HasIndex(c => c.Status);
        });
    }
}

internal sealed class PassbookDesignTimeFactory : IDesignTimeDbContextFactory<PassbookDbContext>
{
    public PassbookDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<PassbookDbContext>(PassbookModule.Schema, (options, session) => new(options, session));
}
