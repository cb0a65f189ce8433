using Manabi.BuildingBlocks.Data;
using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Manabi.Indicators.Data;

internal sealed class IndicatorsDbContext(DbContextOptions<IndicatorsDbContext> options, DbSession session)
    : ModuleDbContext(options, session)
{
    public override string Schema => IndicatorsModule.Schema;

    public DbSet<ProviderRegistration> ProviderRegistrations => Set<ProviderRegistration>();
    public DbSet<LearnerRegistration> LearnerRegistrations => Set<LearnerRegistration>();
    public DbSet<CommendationRecord> Commendations => Set<CommendationRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ProviderRegistration>(registration =>
        {
            registration.HasKey(r => r.ProviderId);
            registration.Property(r => r.Kind).HasMaxLength(40);
            registration.HasIndex(r => r.FiscalYear);
        });
        modelBuilder.Entity<LearnerRegistration>(learner =>
        {
            learner.HasKey(l => l.LearnerId);
            learner.HasIndex(l => l.FiscalYear);
        });
        modelBuilder.Entity<CommendationRecord>(commendation =>
        {
            commendation.ToTable("commendations");
            commendation.HasKey(c => c.CommendationId);
            commendation.HasIndex(c => c.FiscalYear);
        });
    }
}

internal sealed class IndicatorsDesignTimeFactory : IDesignTimeDbContextFactory<IndicatorsDbContext>
{
    public IndicatorsDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<IndicatorsDbContext>(IndicatorsModule.Schema, (options, session) => new(options, session));
}
