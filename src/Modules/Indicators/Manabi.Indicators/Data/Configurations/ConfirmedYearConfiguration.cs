using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class ConfirmedYearConfiguration : IEntityTypeConfiguration<ConfirmedYear>
{
    public void Configure(EntityTypeBuilder<ConfirmedYear> year)
    {
        year.HasKey(y => new { y.PlanCode, y.FiscalYear });
        year.Property(y => y.PlanCode).HasMaxLength(50);
        year.Property(y => y.ConfirmedBy).HasMaxLength(200);
        year.OwnsMany(y => y.Values, value => value.ToJson());
        year.HasOne<Plan>().WithMany().HasForeignKey(y => y.PlanCode);
    }
}
