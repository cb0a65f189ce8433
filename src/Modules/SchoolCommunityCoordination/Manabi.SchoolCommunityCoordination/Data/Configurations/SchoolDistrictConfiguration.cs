using Manabi.SchoolCommunityCoordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.SchoolCommunityCoordination.Data.Configurations;

internal sealed class SchoolDistrictConfiguration : IEntityTypeConfiguration<SchoolDistrict>
{
    public void Configure(EntityTypeBuilder<SchoolDistrict> district)
    {
        district.HasKey(d => d.Id);
        district.HasIndex(d => d.Code).IsUnique();
        district.Property(d => d.Code).HasMaxLength(50);
        district.Property(d => d.Name).HasMaxLength(100);
    }
}
