using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Passbook.Data.Configurations;

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> learner)
    {
        learner.HasKey(l => l.Id);
        learner.HasIndex(l => l.Subject).IsUnique().HasFilter("subject IS NOT NULL");
        learner.HasIndex(l => l.PassbookNumber).IsUnique();
        learner.Property(l => l.Subject).HasMaxLength(200);
        learner.Property(l => l.DisplayName).HasMaxLength(100);
        learner.Property(l => l.NameKana).HasMaxLength(100);
        learner.Property(l => l.Area).HasMaxLength(50);
        learner.Property(l => l.Contact).HasMaxLength(254);
        learner.Property(l => l.ConsentPurpose).HasMaxLength(200);
        learner.Property(l => l.ConsentVersion).HasMaxLength(50);
        learner.Property(l => l.PassbookNumber).HasMaxLength(11); // varchar: character(n) compares as text against a text parameter and then misses the index
        learner.Property(l => l.Version).IsRowVersion();
    }
}
