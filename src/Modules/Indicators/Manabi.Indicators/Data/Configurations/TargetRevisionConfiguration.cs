using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class TargetRevisionConfiguration : IEntityTypeConfiguration<TargetRevision>
{
    public void Configure(EntityTypeBuilder<TargetRevision> revision)
    {
        revision.HasKey(r => r.Id);
        revision.HasIndex(r => new { r.PlanCode, r.MeasureCode, r.RevisedAt });
        revision.Property(r => r.PlanCode).HasMaxLength(50);
        revision.Property(r => r.MeasureCode).HasMaxLength(20);
        revision.Property(r => r.Reason).HasMaxLength(500);
        revision.Property(r => r.RevisedBy).HasMaxLength(200);
        revision.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanCode);
        revision.OwnsOne(r => r.Old, Columns);
        revision.OwnsOne(r => r.New, Columns);
    }

    private static void Columns(OwnedNavigationBuilder<TargetRevision, Target> target)
    {
        target.Property(t => t.Direction).HasConversion<string>().HasMaxLength(20);
        target.Property(t => t.Value).HasPrecision(12, 2);
    }
}
