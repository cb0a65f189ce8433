using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.TalentRegistry.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.HasKey(p => p.Id);
        person.HasIndex(p => p.Subject).IsUnique().HasFilter("subject IS NOT NULL");
        person.HasIndex(p => new { p.Status, p.TermEndsOn });
        // Matching asks for people sharing a field or the area with a need.
        person.HasIndex(p => p.Fields).HasMethod("gin");
        person.HasIndex(p => p.Area);
        person.Property(p => p.Subject).HasMaxLength(200);
        person.Property(p => p.Name).HasMaxLength(100);
        person.Property(p => p.NameKana).HasMaxLength(100);
        person.Property(p => p.Contact).HasMaxLength(254);
        person.Property(p => p.Area).HasMaxLength(50);
        person.Property(p => p.SchoolDistrict).HasMaxLength(50);
        person.Property(p => p.Skills).HasMaxLength(1000);
        person.Property(p => p.Qualifications).HasMaxLength(1000);
        person.Property(p => p.PublicProfile).HasMaxLength(1000);
        person.Property(p => p.ConsentVersion).HasMaxLength(50);
        person.Property(p => p.StatusReason).HasMaxLength(500);
        person.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        person.OwnsMany(p => p.Unavailable, range => range.ToJson());
        person.OwnsMany(p => p.Trainings, training => training.ToJson());
        person.Property(p => p.Version).IsRowVersion();
        person.RegisterChangeNumber();
    }
}
