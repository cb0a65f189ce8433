using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Catalog.Data.Configurations;

internal sealed class ContactReadConfiguration : IEntityTypeConfiguration<ContactRead>
{
    public void Configure(EntityTypeBuilder<ContactRead> read)
    {
        read.HasKey(r => r.Id);
        read.HasIndex(r => new { r.LectureRequestId, r.ReadAt });
        read.Property(r => r.Reader).HasMaxLength(200);
        read.Property(r => r.What).HasMaxLength(100);
    }
}
