using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class CommendationRecordConfiguration : IEntityTypeConfiguration<CommendationRecord>
{
    public void Configure(EntityTypeBuilder<CommendationRecord> commendation)
    {
        commendation.ToTable("commendations");
        commendation.HasKey(c => c.CommendationId);
        commendation.HasIndex(c => c.FiscalYear);
    }
}
