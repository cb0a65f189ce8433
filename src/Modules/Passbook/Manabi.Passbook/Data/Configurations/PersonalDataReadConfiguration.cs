using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Passbook.Data.Configurations;

internal sealed class PersonalDataReadConfiguration : IEntityTypeConfiguration<PersonalDataRead>
{
    public void Configure(EntityTypeBuilder<PersonalDataRead> read)
    {
        read.HasKey(r => r.Id);
        read.HasIndex(r => new { r.LearnerId, r.ReadAt });
        read.Property(r => r.Reader).HasMaxLength(200);
        read.Property(r => r.What).HasMaxLength(100);
    }
}
