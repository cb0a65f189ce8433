using Manabi.SchoolCommunityCoordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.SchoolCommunityCoordination.Data.Configurations;

internal sealed class CollaborationSessionConfiguration : IEntityTypeConfiguration<CollaborationSession>
{
    public void Configure(EntityTypeBuilder<CollaborationSession> session)
    {
        session.ToTable("collaboration_sessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).ValueGeneratedNever(); // the domain gives the id, so a new session is an insert
        session.HasOne<CollaborativeActivity>().WithMany().HasForeignKey(s => s.ActivityId);
        // A spreadsheet row names its session by activity, date and start time.
        session.HasIndex(s => new { s.ActivityId, s.Date });
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
    }
}
