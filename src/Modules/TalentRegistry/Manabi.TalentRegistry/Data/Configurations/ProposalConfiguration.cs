using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.TalentRegistry.Data.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> proposal)
    {
        proposal.HasKey(p => p.Id);
        proposal.Property(p => p.Id).ValueGeneratedNever(); // the domain gives the id, so a new proposal is an insert
        // A person is proposed once per need.
        proposal.HasIndex(p => new { p.NeedId, p.PersonId }).IsUnique();
        proposal.HasIndex(p => new { p.PersonId, p.Status });
        proposal.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        proposal.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId);
        proposal.RegisterChangeNumber();
    }
}
