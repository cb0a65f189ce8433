using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.TalentRegistry.Data.Configurations;

internal sealed class LeaderTrainingConfiguration : IEntityTypeConfiguration<LeaderTraining>
{
    public void Configure(EntityTypeBuilder<LeaderTraining> training)
    {
        training.HasKey(t => t.Id);
        training.HasIndex(t => new { t.FiscalYear, t.Name }).IsUnique();
        training.Property(t => t.Name).HasMaxLength(200);
        training.Property(t => t.PartnerCommittee).HasMaxLength(200);
        training.OwnsMany(t => t.Sessions, session => session.ToJson());
        training.OwnsMany(t => t.Trainees, trainee =>
        {
            trainee.ToTable("leader_trainees");
            trainee.WithOwner().HasForeignKey(t => t.TrainingId);
            trainee.HasKey(t => t.Id);
            trainee.Property(t => t.Id).ValueGeneratedNever(); // the domain gives the id, so a new trainee is an insert
            // One enrolment per person per training, whatever two staff members do at once.
            trainee.HasIndex(t => new { t.TrainingId, t.PersonId }).IsUnique();
            trainee.HasIndex(t => t.PersonId);
            trainee.Property(t => t.PracticalActivitySummary).HasMaxLength(1000);
        });
        training.Property(t => t.Version).IsRowVersion();
    }
}
