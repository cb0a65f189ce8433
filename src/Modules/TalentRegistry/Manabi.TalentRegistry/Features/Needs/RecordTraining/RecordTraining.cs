using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;

namespace Manabi.TalentRegistry.Features.Needs.RecordTraining;

/// <summary>Staff record that a person completed a training (a gate for roles that require it).</summary>
internal sealed record RecordTrainingCommand(Guid PersonId, string Code, DateOnly? CompletedOn) : ICommand<PersonResponse>;

internal sealed class RecordTrainingValidator : AbstractValidator<RecordTrainingCommand>
{
    public RecordTrainingValidator(TimeProvider clock)
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(50).Matches("^[a-z0-9-]+$").Named("研修", "code");
        RuleFor(c => c.CompletedOn).NotNull().LessThanOrEqualTo(_ => clock.Today()).Named("受講日", "completedOn");
    }
}

internal sealed class RecordTrainingHandler(TalentRegistryDbContext db, TimeProvider clock) : ICommandHandler<RecordTrainingCommand, PersonResponse>
{
    public async ValueTask<PersonResponse> Handle(RecordTrainingCommand c, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.ByIdAsync(db, c.PersonId, cancellationToken);
        person.CompleteTraining(c.Code, c.CompletedOn!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return PersonResponse.From(person, clock.Today(), withContact: false);
    }
}
