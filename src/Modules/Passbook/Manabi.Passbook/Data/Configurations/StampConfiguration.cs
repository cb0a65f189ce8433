using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Passbook.Data.Configurations;

internal sealed class StampConfiguration : IEntityTypeConfiguration<Stamp>
{
    public void Configure(EntityTypeBuilder<Stamp> stamp)
    {
        stamp.HasKey(s => s.Id);
        // One stamp per learner per session, whatever path it came by.
        // One counting stamp per learner and session; a voided one stays on record and does not
        // stop the session being stamped again once the mistake is put right.
        stamp.HasIndex(s => new { s.LearnerId, s.SessionId }).IsUnique().HasFilter("voided_at IS NULL");
        stamp.Property(s => s.Credits).HasPrecision(4, 1);
        stamp.Property(s => s.Method).HasConversion<string>().HasMaxLength(20);
        stamp.Property(s => s.RecordedBy).HasMaxLength(200);
        stamp.HasIndex(s => s.RecordedAt);
        stamp.Property(s => s.VoidReason).HasMaxLength(500);
        stamp.Property(s => s.VoidedBy).HasMaxLength(200);
    }
}
