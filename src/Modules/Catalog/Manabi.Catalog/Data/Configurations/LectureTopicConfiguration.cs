using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Catalog.Data.Configurations;

internal sealed class LectureTopicConfiguration : IEntityTypeConfiguration<LectureTopic>
{
    public void Configure(EntityTypeBuilder<LectureTopic> topic)
    {
        topic.HasKey(t => t.Id);
        topic.Property(t => t.Title).HasMaxLength(200);
        topic.Property(t => t.Description).HasMaxLength(5000);
        topic.Property(t => t.FieldCode).HasMaxLength(80);
        topic.HasOne<Field>().WithMany().HasForeignKey(t => t.FieldCode);
        JsonColumn.StoreAsJson(topic.Property(t => t.Instructors));
        topic.Property(t => t.Version).IsRowVersion();
    }
}
