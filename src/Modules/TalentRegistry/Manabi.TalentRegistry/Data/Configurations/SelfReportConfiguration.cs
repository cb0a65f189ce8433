using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.TalentRegistry.Data.Configurations;

internal sealed class SelfReportConfiguration : IEntityTypeConfiguration<SelfReport>
{
    public void Configure(EntityTypeBuilder<SelfReport> report)
    {
        report.HasKey(r => r.Id);
        report.HasIndex(r => new { r.Status, r.ReportedAt });
        report.Property(r => r.Role).HasConversion<string>().HasMaxLength(30);
        report.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        report.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        report.Property(r => r.Reference).HasMaxLength(100);
        report.Property(r => r.Title).HasMaxLength(200);
        report.Property(r => r.Reason).HasMaxLength(500);
        report.Property(r => r.Hours).HasPrecision(5, 2);
        report.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId);
    }
}
