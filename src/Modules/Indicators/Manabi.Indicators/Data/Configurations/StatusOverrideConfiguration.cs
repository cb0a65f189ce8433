using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class StatusOverrideConfiguration : IEntityTypeConfiguration<StatusOverride>
{
    public void Configure(EntityTypeBuilder<StatusOverride> decision)
    {
        decision.HasKey(o => new { o.PlanCode, o.MeasureCode, o.FiscalYear });
        decision.Property(o => o.PlanCode).HasMaxLength(50);
        decision.Property(o => o.MeasureCode).HasMaxLength(20);
        decision.Property(o => o.Status).HasConversion<string>().HasMaxLength(30);
        decision.Property(o => o.Reason).HasMaxLength(500);
        decision.Property(o => o.DecidedBy).HasMaxLength(200);
        decision.HasOne<Plan>().WithMany().HasForeignKey(o => o.PlanCode);
    }
}
