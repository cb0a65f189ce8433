using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Catalog.Data.Configurations;

internal sealed class PartnerApiKeyConfiguration : IEntityTypeConfiguration<PartnerApiKey>
{
    public void Configure(EntityTypeBuilder<PartnerApiKey> key)
    {
        key.HasKey(k => k.KeyId);
        key.Property(k => k.KeyId).HasMaxLength(32);
        key.Property(k => k.Name).HasMaxLength(100);
        key.HasOne<Provider>().WithMany().HasForeignKey(k => k.ProviderId);
    }
}
