using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Passbook.Data.Configurations;

internal sealed class ProgrammeSessionConfiguration : IEntityTypeConfiguration<ProgrammeSession>
{
    public void Configure(EntityTypeBuilder<ProgrammeSession> session)
    {
        session.HasKey(s => s.SessionId);
        session.HasIndex(s => s.OpportunityId);
    }
}
