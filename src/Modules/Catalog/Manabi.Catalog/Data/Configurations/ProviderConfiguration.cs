using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Catalog.Data.Configurations;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> provider)
    {
        provider.HasKey(p => p.Id);
        provider.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        provider.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        provider.Property(p => p.Name).HasMaxLength(200);
        provider.Property(p => p.NameKana).HasMaxLength(200);
        provider.Property(p => p.NameEn).HasMaxLength(200);
        provider.Property(p => p.ContactEmail).HasMaxLength(254);
        provider.Property(p => p.ContactPhone).HasMaxLength(30);
        provider.Property(p => p.Version).IsRowVersion();
        provider.HasIndex(p => p.Name).IsUnique(); // the handlers say so first, in words; this closes the race
    }
}
