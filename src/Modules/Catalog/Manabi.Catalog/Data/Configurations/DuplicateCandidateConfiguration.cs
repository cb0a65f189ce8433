using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Catalog.Data.Configurations;

internal sealed class DuplicateCandidateConfiguration : IEntityTypeConfiguration<DuplicateCandidate>
{
    public void Configure(EntityTypeBuilder<DuplicateCandidate> candidate)
    {
        candidate.HasKey(c => c.Id);
        candidate.HasIndex(c => new { c.FirstOpportunityId, c.SecondOpportunityId }).IsUnique();
        candidate.HasIndex(c => new { c.Verdict, c.DetectedAt });
        candidate.Property(c => c.Verdict).HasConversion<string>().HasMaxLength(20);
        candidate.Property(c => c.DecidedBy).HasMaxLength(200);
    }
}
