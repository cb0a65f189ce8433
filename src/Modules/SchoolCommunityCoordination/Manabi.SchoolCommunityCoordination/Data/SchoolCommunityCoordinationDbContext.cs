using Manabi.BuildingBlocks.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Manabi.SchoolCommunityCoordination.Data;

internal sealed class SchoolCommunityCoordinationDbContext(DbContextOptions<SchoolCommunityCoordinationDbContext> options, DbSession session)
    : ModuleDbContext(options, session)
{
    public override string Schema => SchoolCommunityCoordinationModule.Schema;

    public DbSet<SchoolDistrict> Districts => Set<SchoolDistrict>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<Commission> Commissions => Set<Commission>();
    public DbSet<CollaborativeActivity> Activities => Set<CollaborativeActivity>();
    public DbSet<CollaborationSession> Sessions => Set<CollaborationSession>();
    public DbSet<ActivityYear> ActivityYears => Set<ActivityYear>();
    public DbSet<CoordinationMeeting> Meetings => Set<CoordinationMeeting>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var years = Data.ActivityYears.Changes(ChangeTracker);
        var coverageInputs = ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Metadata.ClrType.Namespace == typeof(School).Namespace);
        // New participations go in as one statement after their sessions: a spreadsheet of 2,000
        // sessions lists 20,000 volunteers, and one insert each is most of the upload's time.
        var participations = ChangeTracker.Entries<Participation>().Where(e => e.State == EntityState.Added).ToList();
        participations.ForEach(e => e.State = EntityState.Unchanged);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await InsertAsync([.. participations.Select(e => e.Entity)], cancellationToken);
        await Data.ActivityYears.ApplyAsync(this, years, cancellationToken);
        if (coverageInputs)
        {
            await CoverageVersion.BumpAsync(this, cancellationToken);
        }
        return saved;
    }

    private async Task InsertAsync(List<Participation> participations, CancellationToken cancellationToken)
    {
        if (participations.Count > 0)
        {
            var (sessions, people) = (participations.ConvertAll(p => p.SessionId).ToArray(), participations.ConvertAll(p => p.PersonId).ToArray());
            await Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO school_community.participations (session_id, person_id) SELECT * FROM unnest({sessions}, {people})", cancellationToken);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // One class per entity under Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SchoolCommunityCoordinationDbContext).Assembly);
    }
}

internal sealed class SchoolCommunityCoordinationDesignTimeFactory : IDesignTimeDbContextFactory<SchoolCommunityCoordinationDbContext>
{
    public SchoolCommunityCoordinationDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<SchoolCommunityCoordinationDbContext>(SchoolCommunityCoordinationModule.Schema, (options, session) => new(options, session));
}
