using Manabi.SchoolCommunityCoordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.SchoolCommunityCoordination.Data.Configurations;

internal sealed class CommissionConfiguration : IEntityTypeConfiguration<Commission>
{
    public void Configure(EntityTypeBuilder<Commission> commission)
    {
        commission.HasKey(c => c.Id);
        commission.HasIndex(c => c.PersonId);
        commission.HasIndex(c => c.DistrictIds).HasMethod("gin");
        commission.Property(c => c.EndReason).HasMaxLength(500);
    }
}
