using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class ProviderRegistrationConfiguration : IEntityTypeConfiguration<ProviderRegistration>
{
    public void Configure(EntityTypeBuilder<ProviderRegistration> registration)
    {
        registration.HasKey(r => r.ProviderId);
        registration.Property(r => r.Kind).HasMaxLength(40);
        registration.HasIndex(r => r.FiscalYear);
    }
}
