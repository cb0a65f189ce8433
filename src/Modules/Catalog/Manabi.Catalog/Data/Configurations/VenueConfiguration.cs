using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Catalog.Data.Configurations;

internal sealed class VenueConfiguration : IEntityTypeConfiguration<Venue>
{
    public void Configure(EntityTypeBuilder<Venue> venue)
    {
        venue.HasKey(v => v.Id);
        venue.Property(v => v.Name).HasMaxLength(200);
        venue.Property(v => v.NameKana).HasMaxLength(200);
        venue.Property(v => v.Address).HasMaxLength(300);
        venue.Property(v => v.Area).HasMaxLength(50);
        venue.Property(v => v.AccessibilityNotes).HasMaxLength(1000);
        venue.Property(v => v.Version).IsRowVersion();
        venue.HasIndex(v => v.Area);
        venue.HasIndex(v => v.Name).IsUnique(); // the handler says so first, in words; this closes the race
    }
}
