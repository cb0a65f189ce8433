using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;

namespace Manabi.TalentRegistry.Features.Leaders.ReportPracticalActivity;

/// <summary>Staff record the practical activity a trainee carried out (the second half of the completion rule).</summary>
internal sealed record ReportPracticalActivityCommand(Guid TrainingId, Guid PersonId, DateOnly? ActivityOn, string? Summary) : ICommand<LeaderTrainingResponse>;

internal sealed class ReportPracticalActivityValidator : AbstractValidator<ReportPracticalActivityCommand>
{
    public ReportPracticalActivityValidator(TimeProvider clock)
    {
        RuleFor(c => c.ActivityOn).NotNull().LessThanOrEqualTo(_ => clock.Today()).Named("実践活動の日", "activityOn");
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(1000).Named("実践活動の内容", "summary");
    }
}

internal sealed class ReportPracticalActivityHandler(TalentRegistryDbContext db) : ICommandHandler<ReportPracticalActivityCommand, LeaderTrainingResponse>
{
    public async ValueTask<LeaderTrainingResponse> Handle(ReportPracticalActivityCommand c, CancellationToken cancellationToken)
    {
        var training = await TrainingAccess.ByIdAsync(db, c.TrainingId, cancellationToken);
        training.RequireTrainee(c.PersonId).ReportPracticalActivity(c.ActivityOn!.Value, c.Summary!);
        await db.SaveChangesAsync(cancellationToken);
        return await LeaderTrainingResponse.ReadAsync(db, training, cancellationToken);
    }
}
