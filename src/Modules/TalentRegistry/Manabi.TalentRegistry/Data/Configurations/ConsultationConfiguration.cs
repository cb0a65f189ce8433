using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.TalentRegistry.Data.Configurations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> consultation)
    {
        consultation.HasKey(c => c.Id);
        consultation.HasIndex(c => c.HeldAt);
        consultation.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        consultation.Property(c => c.Topic).HasConversion<string>().HasMaxLength(30);
        consultation.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(30);
        consultation.Property(c => c.Notes).HasMaxLength(2000);
        consultation.Property(c => c.StaffMember).HasMaxLength(200);
        consultation.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId);
    }
}
