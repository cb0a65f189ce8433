using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Catalog.Data.Configurations;

internal sealed class LectureRequestConfiguration : IEntityTypeConfiguration<LectureRequest>
{
    public void Configure(EntityTypeBuilder<LectureRequest> request)
    {
        request.HasKey(r => r.Id);
        request.HasOne<LectureTopic>().WithMany().HasForeignKey(r => r.TopicId);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.GroupName).HasMaxLength(200);
        request.Property(r => r.ContactName).HasMaxLength(100);
        request.Property(r => r.ContactEmail).HasMaxLength(254);
        request.Property(r => r.ContactPhone).HasMaxLength(30);
        request.Property(r => r.Notes).HasMaxLength(2000);
        request.Property(r => r.Place).HasMaxLength(300);
        request.Property(r => r.InstructorReport).HasMaxLength(5000);
        request.Property(r => r.Reason).HasMaxLength(1000);
        request.Property(r => r.Version).IsRowVersion();
        request.HasIndex(r => new { r.Status, r.CreatedAt });
    }
}
