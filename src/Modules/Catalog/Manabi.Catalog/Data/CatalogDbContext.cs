using System.Text.Json;
using Manabi.BuildingBlocks.Data;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
    public DbSet<ContactRead> ContactReads => Set<ContactRead>();
    public DbSet<InformationIssue> InformationIssues => Set<InformationIssue>();
    public DbSet<DuplicateCandidate> DuplicateCandidates => Set<DuplicateCandidate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasSequence<long>(FeedSequence);
        modelBuilder.HasPostgresExtension("pg_trgm"); // title similarity for duplicate detection
        modelBuilder.Entity<Provider>(provider =>
        {
            provider.HasKey(p => p.Id);
            provider.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
            provider.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            provider.Property(p => p.Name).HasMaxLength(200);
            provider.Property(p => p.NameKana).HasMaxLength(200);
            provider.Property(p => p.NameEn).HasMaxLength(200);
            provider.Property(p => p.ContactEmail).HasMaxLength(254);
            provider.Property(p => p.ContactPhone).HasMaxLength(30);
            provider.Property(p => p.Version).IsRowVersion();
        });
        modelBuilder.Entity<PartnerApiKey>(key =>
        {
            key.HasKey(k => k.KeyId);
            key.Property(k => k.KeyId).HasMaxLength(32);
            key.Property(k => k.Name).HasMaxLength(100);
            key.HasOne<Provider>().WithMany().HasForeignKey(k => k.ProviderId);
        });
        modelBuilder.Entity<Field>(field =>
        {
            field.HasKey(f => f.Code);
            field.Property(f => f.Code).HasMaxLength(80);
            field.Property(f => f.ParentCode).HasMaxLength(80);
            field.Property(f => f.NameJa).HasMaxLength(100);
            field.Property(f => f.NameEn).HasMaxLength(100);
            field.HasData(FieldTaxonomy.All());
        });
        modelBuilder.Entity<Venue>(venue =>
        {
            venue.HasKey(v => v.Id);
            venue.Property(v => v.Name).HasMaxLength(200);
            venue.Property(v => v.NameKana).HasMaxLength(200);
            venue.Property(v => v.Address).HasMaxLength(300);
            venue.Property(v => v.Area).HasMaxLength(50);
            venue.Property(v => v.AccessibilityNotes).HasMaxLength(1000);
            venue.Property(v => v.Version).IsRowVersion();
            venue.HasIndex(v => v.Area);
        });
        modelBuilder.Entity<LearningOpportunity>(opportunity =>
        {
            opportunity.ToTable("learning_opportunities");
            opportunity.HasKey(o => o.Id);
            opportunity.HasIndex(o => new { o.ProviderId, o.ExternalId }).IsUnique();
            opportunity.HasOne<Provider>().WithMany().HasForeignKey(o => o.ProviderId);
            opportunity.Property(o => o.ExternalId).HasMaxLength(100);
            opportunity.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
            opportunity.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
            opportunity.Property(o => o.Title).HasMaxLength(200);
            opportunity.Property(o => o.TitleKana).HasMaxLength(200);
            opportunity.Property(o => o.Description).HasMaxLength(5000);
            opportunity.Property(o => o.FeeNote).HasMaxLength(200);
            opportunity.Property(o => o.HowToApply).HasMaxLength(2000);
            opportunity.Property(o => o.CreditsPerSession).HasPrecision(4, 1);
            opportunity.Property(o => o.Audiences).HasConversion(
                a => a.Select(x => x.ToString()).ToArray(),
                a => a.Select(Enum.Parse<Audience>).ToList(),
                ListComparer<Audience>());
            StoreAsJson(opportunity.Property(o => o.Instructors));
            opportunity.Property(o => o.Version).IsRowVersion();
            opportunity.HasIndex(o => new { o.ChangeNumber, o.Id });
            // No GIN pending list (fastupdate): every search would scan it whole, and partners'
            // pushes keep it full (measured: 8 → 4 ms for a common term at 100,000 opportunities).
            // search_grams, GIN-indexed, is generated by PostgreSQL from search_text and unmapped
            // (migration SearchGramsGeneratedByPostgres): every load of an opportunity used to
            // bring its 1 KB array along.
            opportunity.HasIndex(o => o.Fields).HasMethod("gin").HasStorageParameter("fastupdate", false);
            opportunity.HasIndex(o => o.SearchTitle).HasMethod("gin").HasOperators("gin_trgm_ops").HasStorageParameter("fastupdate", false);
            opportunity.HasMany(o => o.Sessions).WithOne().HasForeignKey(s => s.OpportunityId);
            opportunity.Navigation(o => o.Sessions).HasField("_sessions").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        ConfigureDeliveryLectures(modelBuilder);
        modelBuilder.Entity<DuplicateCandidate>(candidate =>
        {
            candidate.HasKey(c => c.Id);
            candidate.HasIndex(c => new { c.FirstOpportunityId, c.SecondOpportunityId }).IsUnique();
            candidate.HasIndex(c => new { c.Verdict, c.DetectedAt });
            candidate.Property(c => c.Verdict).HasConversion<string>().HasMaxLength(20);
            candidate.Property(c => c.DecidedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<InformationIssue>(issue =>
        {
            issue.HasKey(i => i.Id);
            issue.Property(i => i.Channel).HasConversion<string>().HasMaxLength(20);
            issue.Property(i => i.Title).HasMaxLength(200);
            StoreAsJson(issue.Property(i => i.Items));
            issue.Property(i => i.Version).IsRowVersion();
            issue.HasIndex(i => new { i.Published, i.IssueDate });
        });
        modelBuilder.Entity<Session>(session =>
        {
            session.HasKey(s => s.Id);
            // The domain gives a session its id. Without this, EF takes a new session added to a
            // loaded opportunity for an existing row and updates nothing (the push answered 412).
            session.Property(s => s.Id).ValueGeneratedNever();
            session.HasIndex(s => new { s.OpportunityId, s.ExternalId }).IsUnique();
            session.HasIndex(s => new { s.OpportunityId, s.StartsAt });
            // Date-ordered search walks scheduled sessions in start order.
            session.HasIndex(s => new { s.StartsAt, s.Id }).HasFilter("status = 'Scheduled'").HasDatabaseName("ix_sessions_scheduled_starts_at");
            session.Property(s => s.ExternalId).HasMaxLength(100);
            session.Property(s => s.OnlineUrl).HasMaxLength(500);
            session.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            session.HasOne<Venue>().WithMany().HasForeignKey(s => s.VenueId);
        });
    }

    private static void ConfigureDeliveryLectures(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LectureTopic>(topic =>
        {
            topic.HasKey(t => t.Id);
            topic.Property(t => t.Title).HasMaxLength(200);
            topic.Property(t => t.Description).HasMaxLength(5000);
            topic.Property(t => t.FieldCode).HasMaxLength(80);
            topic.HasOne<Field>().WithMany().HasForeignKey(t => t.FieldCode);
            StoreAsJson(topic.Property(t => t.Instructors));
            topic.Property(t => t.Version).IsRowVersion();
        });
        modelBuilder.Entity<LectureRequest>(request =>
        {
            request.HasKey(r => r.Id);
            request.HasOne<LectureTopic>().WithMany().HasForeignKey(r => r.TopicId);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.GroupName).HasMaxLength(200);
            request.Property(r => r.ContactName).HasMaxLength(100);
            request.Property(r => r.ContactEmail).HasMaxLength(254);
            request.Property(r => r.ContactPhone).HasMaxLength(30);
            request.Property(r => r.Notes).HasMaxLength(2000);
            request.Property(r => r.Place).HasMaxLength(300);
            request.Property(r => r.InstructorReport).HasMaxLength(5000);
            request.Property(r => r.Reason).HasMaxLength(1000);
            request.Property(r => r.Version).IsRowVersion();
            request.HasIndex(r => new { r.Status, r.CreatedAt });
        });
        modelBuilder.Entity<ContactRead>(read =>
        {
            read.HasKey(r => r.Id);
            read.HasIndex(r => new { r.LectureRequestId, r.ReadAt });
            read.Property(r => r.Reader).HasMaxLength(200);
            read.Property(r => r.What).HasMaxLength(100);
        });
    }

    /// <summary>A list of small records kept in one jsonb column (compared by content, so changes are detected).</summary>
    private static void StoreAsJson<T>(PropertyBuilder<List<T>> property) => property.HasColumnType("jsonb").HasConversion(
        list => JsonSerializer.Serialize(list, JsonSerializerOptions.Web),
        json => JsonSerializer.Deserialize<List<T>>(json, JsonSerializerOptions.Web) ?? new List<T>(),
        ListComparer<T>());

    private static ValueComparer<List<T>> ListComparer<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        l => l.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        l => l.ToList());
}

internal sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<CatalogDbContext>(CatalogModule.Schema, (options, session) => new(options, session));
}
