using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class LearnerRegistrationConfiguration : IEntityTypeConfiguration<LearnerRegistration>
{
    public void Configure(EntityTypeBuilder<LearnerRegistration> learner)
    {
        learner.HasKey(l => l.LearnerId);
        learner.HasIndex(l => l.FiscalYear);
    }
}
