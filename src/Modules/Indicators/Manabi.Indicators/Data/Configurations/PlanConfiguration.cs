using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.HasKey(p => p.Code);
        plan.Property(p => p.Code).HasMaxLength(50);
        plan.Property(p => p.UpdatedBy).HasMaxLength(200);
        plan.Property(p => p.Outline).AsJson();
        plan.Property(p => p.Version).IsRowVersion();
    }
}
