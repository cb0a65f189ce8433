using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class EnteredValueConfiguration : IEntityTypeConfiguration<EnteredValue>
{
    public void Configure(EntityTypeBuilder<EnteredValue> value)
    {
        value.HasKey(v => new { v.PlanCode, v.MeasureCode, v.FiscalYear });
        value.Property(v => v.PlanCode).HasMaxLength(50);
        value.Property(v => v.MeasureCode).HasMaxLength(20);
        value.Property(v => v.Value).HasPrecision(14, 2);
        value.Property(v => v.Source).HasMaxLength(500);
        value.Property(v => v.EnteredBy).HasMaxLength(200);
        value.HasOne<Plan>().WithMany().HasForeignKey(v => v.PlanCode);
    }
}
