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
        activity.OwnsMany(a => a.Sessions, session =>
        {
            session.ToTable("collaboration_sessions");
            session.WithOwner().HasForeignKey(s => s.ActivityId);
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).ValueGeneratedNever(); // the domain gives the id, so a new session is an insert
            session.HasIndex(s => new { s.Date, s.Status });
            session.Property(s => s.Place).HasMaxLength(200);
            session.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            session.Ignore(s => s.VolunteerParticipations);
            session.OwnsMany(s => s.Participations, participation =>
            {
                participation.ToTable("participations");
                participation.WithOwner().HasForeignKey(p => p.SessionId);
                // One participation per person per session, whatever arrives twice.
                participation.HasKey(p => new { p.SessionId, p.PersonId });
                // Not generated: a participation the domain adds is an insert, not an update of a row that never was.
                participation.Property(p => p.PersonId).ValueGeneratedNever();
                participation.HasIndex(p => p.PersonId);
            });
        });
    }
}
