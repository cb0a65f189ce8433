using Manabi.BuildingBlocks.Data;
using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Manabi.Catalog.Data;

internal sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options, DbSession session)
    : ModuleDbContext(options, session)
{
    /// <summary>Orders public changes for the RPDE feed; see <see cref="FeedChanges"/>.</summary>
    public const string FeedSequence = "feed_change_seq";

    public override string Schema => CatalogModule.Schema;

    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<PartnerApiKey> PartnerApiKeys => Set<PartnerApiKey>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<Venue> Venues => Set<Venue>();
    public DbSet<LearningOpportunity> Opportunities => Set<LearningOpportunity>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<LectureTopic> LectureTopics => Set<LectureTopic>();
    public DbSet<LectureRequest> LectureRequests => Set<LectureRequest>();
    /// <summary>Staff were shown a delivery-lecture group's contact details.</summary>
    public DbSet<PersonalDataRead> ContactReads => Set<PersonalDataRead>();
    public DbSet<InformationIssue> InformationIssues => Set<InformationIssue>();
    public DbSet<DuplicateCandidate> DuplicateCandidates => Set<DuplicateCandidate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // One class per entity under Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
        modelBuilder.MapPersonalDataReads("contact_reads", "lecture_request_id");
        modelBuilder.HasSequence<long>(FeedSequence);
        modelBuilder.HasPostgresExtension("pg_trgm"); // title similarity for duplicate detection
    }
}

internal sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<CatalogDbContext>(CatalogModule.Schema, (options, session) => new(options, session));
}
