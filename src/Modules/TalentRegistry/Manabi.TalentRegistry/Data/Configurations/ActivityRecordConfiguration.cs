using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.TalentRegistry.Data.Configurations;

internal sealed class ActivityRecordConfiguration : IEntityTypeConfiguration<ActivityRecord>
{
    public void Configure(EntityTypeBuilder<ActivityRecord> record)
    {
        record.HasKey(r => r.Id);
        // The same occurrence reported twice, by any route, is one record (延活動人数 counts it once).
        record.HasIndex(r => new { r.PersonId, r.OccurrenceKey }).IsUnique();
        // The voided mark in the index lets matching count a person's recent activity from the index alone.
        record.HasIndex(r => new { r.PersonId, r.Date, r.VoidedAt });
        record.Property(r => r.OccurrenceKey).HasMaxLength(200);
        record.Property(r => r.Title).HasMaxLength(200);
        record.Property(r => r.RecordedBy).HasMaxLength(200);
        record.Property(r => r.VoidReason).HasMaxLength(500);
        record.Property(r => r.Role).HasConversion<string>().HasMaxLength(30);
        record.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        record.Property(r => r.Source).HasConversion<string>().HasMaxLength(30);
        record.Property(r => r.Hours).HasPrecision(5, 2);
        record.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId);
        record.RegisterChangeNumber();
    }
}
