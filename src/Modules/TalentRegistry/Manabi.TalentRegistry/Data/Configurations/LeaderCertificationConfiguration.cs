using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.TalentRegistry.Data.Configurations;

internal sealed class LeaderCertificationConfiguration : IEntityTypeConfiguration<LeaderCertification>
{
    public void Configure(EntityTypeBuilder<LeaderCertification> certification)
    {
        certification.HasKey(c => c.Id);
        certification.Property(c => c.Id).ValueGeneratedNever();
        certification.HasIndex(c => c.Number).IsUnique();
        certification.HasIndex(c => c.StatusIndex).IsUnique();
        // One standing certification per person per training: a double click cannot certify twice.
        certification.HasIndex(c => new { c.TrainingId, c.PersonId }).IsUnique().HasFilter("revoked_at IS NULL");
        certification.HasIndex(c => c.PersonId);
        certification.Property(c => c.Number).HasMaxLength(20);
        certification.Property(c => c.RevocationReason).HasMaxLength(500);
    }
}
