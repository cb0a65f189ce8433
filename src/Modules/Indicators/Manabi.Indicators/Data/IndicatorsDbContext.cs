using Manabi.BuildingBlocks.Data;
using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Manabi.Indicators.Data;

internal sealed class IndicatorsDbContext(DbContextOptions<IndicatorsDbContext> options, DbSession session)
    : ModuleDbContext(options, session)
{
    public override string Schema => IndicatorsModule.Schema;

    public DbSet<CommendationRecord> Commendations => Set<CommendationRecord>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<TargetRevision> TargetRevisions => Set<TargetRevision>();
    public DbSet<CountedItem> CountedItems => Set<CountedItem>();
    public DbSet<MeasureCounter> Counters => Set<MeasureCounter>();
    public DbSet<EnteredValue> EnteredValues => Set<EnteredValue>();
    public DbSet<StatusOverride> StatusOverrides => Set<StatusOverride>();
    public DbSet<ConfirmedYear> ConfirmedYears => Set<ConfirmedYear>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyWave> SurveyWaves => Set<SurveyWave>();
    public DbSet<ResponseCode> ResponseCodes => Set<ResponseCode>();
    public DbSet<SurveyAnswers> SurveyAnswers => Set<SurveyAnswers>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // One class per entity under Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IndicatorsDbContext).Assembly);
    }
}

internal sealed class IndicatorsDesignTimeFactory : IDesignTimeDbContextFactory<IndicatorsDbContext>
{
    public IndicatorsDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<IndicatorsDbContext>(IndicatorsModule.Schema, (options, session) => new(options, session));
}
