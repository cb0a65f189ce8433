using Manabi.SchoolCommunityCoordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.SchoolCommunityCoordination.Data.Configurations;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> school)
    {
        school.HasKey(s => s.Id);
        school.HasIndex(s => s.Code).IsUnique();
        school.HasIndex(s => s.DistrictId);
        school.Property(s => s.Code).HasMaxLength(50);
        school.Property(s => s.Name).HasMaxLength(100);
        school.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        school.HasOne<SchoolDistrict>().WithMany().HasForeignKey(s => s.DistrictId);
        school.OwnsMany(s => s.SmallYears, year => year.ToJson());
        school.Property(s => s.Version).IsRowVersion();
    }
}
