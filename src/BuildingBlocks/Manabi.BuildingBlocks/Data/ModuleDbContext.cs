using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Manabi.BuildingBlocks.Data;

/// <summary>
/// Base of every module's DbContext: one PostgreSQL schema per module, with that module's outbox
/// and inbox tables, running on the scope's shared <see cref="DbSession"/>.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private readonly DbSession _session;

    protected ModuleDbContext(DbContextOptions options, DbSession session) : base(options)
    {
        _session = session;
        // A failed SaveChanges fails the whole unit of work and its transaction rolls back, so the
        // savepoint EF would otherwise set before each SaveChanges is a wasted round trip.
        Database.AutoSavepointsEnabled = false;
    }

    /// <summary>The scope's session, whose transaction this context's changes commit with.</summary>
    protected DbSession Session => _session;

    /// <summary>The PostgreSQL schema this module owns.</summary>
    public abstract string Schema { get; }

    internal DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>
    /// Queues an integration event in this module's outbox; it is saved, and later dispatched, only
    /// if the surrounding transaction commits.
    /// </summary>
    public void Publish(IntegrationEvent integrationEvent) =>
        OutboxMessages.Add(OutboxMessage.From(integrationEvent));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        base.OnModelCreating(modelBuilder);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EnlistInSessionTransaction();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EnlistInSessionTransaction();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void EnlistInSessionTransaction() => _session.Enlist(this);
}
