using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Catalog.Data.Configurations;

internal sealed class FieldConfiguration : IEntityTypeConfiguration<Field>
{
    public void Configure(EntityTypeBuilder<Field> field)
    {
        field.HasKey(f => f.Code);
        field.Property(f => f.Code).HasMaxLength(80);
        field.Property(f => f.ParentCode).HasMaxLength(80);
        field.Property(f => f.NameJa).HasMaxLength(100);
        field.Property(f => f.NameEn).HasMaxLength(100);
        field.HasData(FieldTaxonomy.All());
    }
}
