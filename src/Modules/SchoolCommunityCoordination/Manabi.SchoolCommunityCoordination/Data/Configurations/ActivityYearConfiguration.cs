using Manabi.SchoolCommunityCoordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.SchoolCommunityCoordination.Data.Configurations;

internal sealed class ActivityYearConfiguration : IEntityTypeConfiguration<ActivityYear>
{
    public void Configure(EntityTypeBuilder<ActivityYear> year)
    {
        year.ToTable("activity_years");
        year.HasKey(y => new { y.ActivityId, y.FiscalYear });
        year.HasIndex(y => y.FiscalYear);
        year.HasOne<CollaborativeActivity>().WithMany().HasForeignKey(y => y.ActivityId);
    }
}
