using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.TalentRegistry.Data.Configurations;

internal sealed class LearningGroupConfiguration : IEntityTypeConfiguration<LearningGroup>
{
    public void Configure(EntityTypeBuilder<LearningGroup> group)
    {
        group.HasKey(g => g.Id);
        group.HasIndex(g => g.Name).IsUnique();
        group.Property(g => g.Name).HasMaxLength(200);
        group.Property(g => g.RepresentativeName).HasMaxLength(100);
        group.Property(g => g.RepresentativeContact).HasMaxLength(254);
        group.OwnsMany(g => g.Reports, report =>
        {
            report.ToTable("learning_group_reports");
            report.WithOwner().HasForeignKey(r => r.GroupId);
            report.HasKey(r => r.Id);
            report.Property(r => r.Id).ValueGeneratedNever(); // the domain gives the id, so a new report is an insert
            report.HasIndex(r => new { r.GroupId, r.FiscalYear });
            report.Property(r => r.Summary).HasMaxLength(1000);
        });
    }
}
