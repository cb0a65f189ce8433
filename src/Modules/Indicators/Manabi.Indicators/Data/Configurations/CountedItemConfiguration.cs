using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class CountedItemConfiguration : IEntityTypeConfiguration<CountedItem>
{
    public void Configure(EntityTypeBuilder<CountedItem> item)
    {
        item.HasKey(i => new { i.Computation, i.Key });
        item.Property(i => i.Computation).HasConversion<string>().HasMaxLength(40);
        item.Property(i => i.Key).HasMaxLength(100);
        item.Property(i => i.Value).HasPrecision(14, 2);
        // The drill-down: what a computation counted in a fiscal year, by date.
        item.HasIndex(i => new { i.Computation, i.FiscalYear, i.OccurredOn, i.Key }).HasFilter("counts");
    }
}
