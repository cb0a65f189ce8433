using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Catalog.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> session)
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
    }
}
