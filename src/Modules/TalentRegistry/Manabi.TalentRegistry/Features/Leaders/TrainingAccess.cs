using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Leaders;

internal static class TrainingAccess
{
    public static async Task<LeaderTraining> ByIdAsync(TalentRegistryDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.LeaderTrainings.Include(t => t.Trainees).SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw LeaderErrors.TrainingNotFound();

    public static Trainee RequireTrainee(this LeaderTraining training, Guid personId) =>
        training.TraineeOf(personId) ?? throw LeaderErrors.TraineeNotFound();
}
