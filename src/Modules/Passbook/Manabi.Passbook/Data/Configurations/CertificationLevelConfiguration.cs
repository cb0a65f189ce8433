using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Passbook.Data.Configurations;

internal sealed class CertificationLevelConfiguration : IEntityTypeConfiguration<CertificationLevel>
{
    public void Configure(EntityTypeBuilder<CertificationLevel> level)
    {
        level.ToTable("certification_levels");
        level.HasKey(l => l.Id);
        level.Property(l => l.Name).HasMaxLength(100);
        level.Property(l => l.Credits).HasPrecision(6, 1);
        level.HasIndex(l => l.Name).IsUnique(); // the handler says so first, in words; this closes the race
    }
}
