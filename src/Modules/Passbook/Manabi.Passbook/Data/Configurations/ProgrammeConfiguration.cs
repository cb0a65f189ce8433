using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Passbook.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> programme)
    {
        programme.HasKey(p => p.OpportunityId);
        programme.Property(p => p.CreditsPerSession).HasPrecision(4, 1);
    }
}
