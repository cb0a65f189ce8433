using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Passbook.Data.Configurations;

internal sealed class CommendationConfiguration : IEntityTypeConfiguration<Commendation>
{
    public void Configure(EntityTypeBuilder<Commendation> commendation)
    {
        commendation.HasKey(c => c.Id);
        commendation.HasIndex(c => new { c.LearnerId, c.LevelId }).IsUnique();
        commendation.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        commendation.HasIndex(c => c.Status);
    }
}
