using Manabi.SchoolCommunityCoordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.SchoolCommunityCoordination.Data.Configurations;

internal sealed class CoordinationMeetingConfiguration : IEntityTypeConfiguration<CoordinationMeeting>
{
    public void Configure(EntityTypeBuilder<CoordinationMeeting> meeting)
    {
        meeting.HasKey(m => m.Id);
        meeting.HasIndex(m => m.Date);
        meeting.Property(m => m.Title).HasMaxLength(200);
        meeting.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
    }
}
