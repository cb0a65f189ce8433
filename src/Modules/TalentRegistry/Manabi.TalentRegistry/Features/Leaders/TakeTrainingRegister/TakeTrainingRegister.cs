using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Data;
using Mediator;

namespace Manabi.TalentRegistry.Features.Leaders.TakeTrainingRegister;

/// <summary>
/// The register of one session: the people listed attended, every other trainee did not. Sending
/// it again (a correction, a retry) gives the same result.
/// </summary>
internal sealed record TakeTrainingRegisterCommand(Guid TrainingId, int Session, IReadOnlyList<Guid>? PersonIds) : ICommand<LeaderTrainingResponse>;

internal sealed class TakeTrainingRegisterValidator : AbstractValidator<TakeTrainingRegisterCommand>
{
    public TakeTrainingRegisterValidator()
    {
        RuleFor(c => c.PersonIds).NotNull().MaxItems(500).Named("出席した方", "personIds");
        RuleForEach(c => c.PersonIds).NotEmpty().Named("出席した方", "personIds");
    }
}

internal sealed class TakeTrainingRegisterHandler(TalentRegistryDbContext db) : ICommandHandler<TakeTrainingRegisterCommand, LeaderTrainingResponse>
{
    public async ValueTask<LeaderTrainingResponse> Handle(TakeTrainingRegisterCommand c, CancellationToken cancellationToken)
    {
        var training = await TrainingAccess.ByIdAsync(db, c.TrainingId, cancellationToken);
        if (training.Sessions.All(s => s.Number != c.Session))
        {
            throw LeaderErrors.SessionNotFound();
        }
        var present = c.PersonIds!.ToHashSet();
        var strangers = present.Where(id => training.TraineeOf(id) is null).ToList();
        if (strangers.Count > 0)
        {
            throw LeaderErrors.NotEnrolled(strangers);
        }
        training.TakeRegister(c.Session, present);
        await db.SaveChangesAsync(cancellationToken);
        return await LeaderTrainingResponse.ReadAsync(db, training, cancellationToken);
    }
}
