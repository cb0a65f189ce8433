using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;

namespace Manabi.TalentRegistry.Features.Leaders.EnrolTrainee;

/// <summary>Staff enrol a registered person in a leader training.</summary>
internal sealed record EnrolTraineeCommand(Guid TrainingId, Guid? PersonId) : ICommand<LeaderTrainingResponse>;

internal sealed class EnrolTraineeValidator : AbstractValidator<EnrolTraineeCommand>
{
    public EnrolTraineeValidator() => RuleFor(c => c.PersonId).NotEmpty().Named("人材", "personId");
}

internal sealed class EnrolTraineeHandler(TalentRegistryDbContext db, TimeProvider clock) : ICommandHandler<EnrolTraineeCommand, LeaderTrainingResponse>
{
    public async ValueTask<LeaderTrainingResponse> Handle(EnrolTraineeCommand c, CancellationToken cancellationToken)
    {
        var training = await TrainingAccess.ByIdAsync(db, c.TrainingId, cancellationToken);
        var person = await PersonAccess.ByIdAsync(db, c.PersonId!.Value, cancellationToken);
        if (person.StatusOn(clock.Today()) != PersonStatus.Active)
        {
            throw LeaderErrors.NotActive();
        }
        if (training.TraineeOf(person.Id) is not null)
        {
            throw LeaderErrors.AlreadyEnrolled();
        }
        training.Enrol(person.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await LeaderTrainingResponse.ReadAsync(db, training, cancellationToken);
    }
}
