using Microsoft.EntityFrameworkCore;

namespace Manabi.BuildingBlocks.Idempotency;

/// <summary>
/// The host's own schema (<c>platform</c>) for cross-cutting HTTP state that belongs to no module:
/// idempotency records. Used for migrations and clean-up; the middleware itself uses plain SQL on
/// the request's connection so the record commits with the request's effect.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    public const string Schema = "platform";

    internal DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_records");
            record.HasKey(r => new { r.Scope, r.Key });
            record.Property(r => r.Scope).HasMaxLength(200);
            record.Property(r => r.Key).HasMaxLength(255);
            record.Property(r => r.ContentType).HasMaxLength(200);
            record.Property(r => r.Location).HasMaxLength(2000);
            record.Property(r => r.ETag).HasMaxLength(200);
            record.HasIndex(r => r.CreatedAt);
        });
    }
}
