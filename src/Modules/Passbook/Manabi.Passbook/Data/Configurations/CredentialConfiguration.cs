using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Passbook.Data.Configurations;

internal sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> credential)
    {
        credential.HasKey(c => c.Id);
        credential.HasIndex(c => c.LearnerId);
        credential.HasIndex(c => c.CommendationId);
        credential.Property(c => c.Kind).HasMaxLength(30);
        credential.Property(c => c.RevocationReason).HasMaxLength(500);
        credential.HasIndex(c => c.StatusIndex).IsUnique();
    }
}
