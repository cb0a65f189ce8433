using Manabi.BuildingBlocks.Data;
using Manabi.Indicators.Domain;
using Manabi.Indicators.Features.Actuals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Manabi.Indicators.Data;

/// <summary>The module's tables.</summary>
/// <param name="options">EF Core's options.</param>
/// <param name="session">The scope's session.</param>
/// <param name="answers">The public reads' kept answers (none at design time).</param>
internal sealed class IndicatorsDbContext(DbContextOptions<IndicatorsDbContext> options, DbSession session, AnswerCache? answers = null)
    : ModuleDbContext(options, session)
{
    public override string Schema => IndicatorsModule.Schema;

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // A plan, an entered value, a decision or a confirmation changes what the public reads answer.
        if (answers is not null && Session.Transaction is not null && ChangeTracker.HasChanges())
        {
            answers.ForgetAfterCommit(Session);
        }
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

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
