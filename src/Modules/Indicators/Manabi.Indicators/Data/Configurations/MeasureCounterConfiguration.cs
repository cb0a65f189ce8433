using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class MeasureCounterConfiguration : IEntityTypeConfiguration<MeasureCounter>
{
    public void Configure(EntityTypeBuilder<MeasureCounter> counter)
    {
        counter.ToTable("measure_counters");
        counter.HasKey(c => new { c.Computation, c.FiscalYear });
        counter.Property(c => c.Computation).HasConversion<string>().HasMaxLength(40);
        counter.Property(c => c.Value).HasPrecision(14, 2);
    }
}
