using Manabi.SchoolCommunityCoordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.SchoolCommunityCoordination.Data.Configurations;

internal sealed class CollaborativeActivityConfiguration : IEntityTypeConfiguration<CollaborativeActivity>
{
    public void Configure(EntityTypeBuilder<CollaborativeActivity> activity)
    {
        activity.HasKey(a => a.Id);
        activity.HasIndex(a => a.DistrictId);
        activity.Property(a => a.Title).HasMaxLength(200);
        activity.Property(a => a.CreatedBy).HasMaxLength(200);
        activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        activity.HasOne<SchoolDistrict>().WithMany().HasForeignKey(a => a.DistrictId);
    }
}
