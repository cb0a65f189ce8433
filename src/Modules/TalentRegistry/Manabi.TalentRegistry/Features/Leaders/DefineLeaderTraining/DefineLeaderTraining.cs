using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Leaders.DefineLeaderTraining;

/// <summary>Staff set up a leader training: its sessions and the rule for completing it.</summary>
internal sealed record DefineLeaderTrainingCommand(
    string? Name, int? FiscalYear, string? PartnerCommittee, IReadOnlyList<TrainingSessionInput>? Sessions, int? MinimumSessionsAttended,
    bool? PracticalActivityRequired) : ICommand<LeaderTrainingResponse>;

/// <summary>One session of the training.</summary>
/// <param name="Date">When it is held.</param>
/// <param name="Title">What it covers.</param>
public sealed record TrainingSessionInput(DateOnly? Date, string? Title);

internal sealed class DefineLeaderTrainingValidator : AbstractValidator<DefineLeaderTrainingCommand>
{
    public DefineLeaderTrainingValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200).Named("講座名", "name");
        RuleFor(c => c.FiscalYear).NotNull().InclusiveBetween(2000, 2100).Named("年度", "fiscalYear");
        RuleFor(c => c.PartnerCommittee).MaximumLength(200).Named("協働する委員会", "partnerCommittee");
        RuleFor(c => c.Sessions).NotEmpty().MaxItems(30).Named("講座の回", "sessions");
        RuleForEach(c => c.Sessions).ChildRules(session =>
        {
            session.RuleFor(s => s.Date).NotNull().Named("開催日", "date");
            session.RuleFor(s => s.Title).NotEmpty().MaximumLength(200).Named("内容", "title");
        });
        RuleFor(c => c.MinimumSessionsAttended).NotNull().InclusiveBetween(1, 30).Named("修了に必要な出席回数", "minimumSessionsAttended");
        RuleFor(c => c.MinimumSessionsAttended).LessThanOrEqualTo(c => c.Sessions!.Count).When(c => c.Sessions is not null)
            .Named("修了に必要な出席回数", "minimumSessionsAttended")
            .Says("修了に必要な出席回数は、講座の回数以下にしてください。", "minimumSessionsAttended cannot exceed the number of sessions.");
        RuleFor(c => c.PracticalActivityRequired).NotNull().Named("実践活動の報告を求めるか", "practicalActivityRequired");
    }
}

internal sealed class DefineLeaderTrainingHandler(TalentRegistryDbContext db, TimeProvider clock)
    : ICommandHandler<DefineLeaderTrainingCommand, LeaderTrainingResponse>
{
    public async ValueTask<LeaderTrainingResponse> Handle(DefineLeaderTrainingCommand c, CancellationToken cancellationToken)
    {
        if (await db.LeaderTrainings.AnyAsync(t => t.FiscalYear == c.FiscalYear && t.Name == c.Name!.Trim(), cancellationToken))
        {
            throw LeaderErrors.NameTaken();
        }
        var training = LeaderTraining.Define(c.Name!, c.FiscalYear!.Value, c.PartnerCommittee,
            c.Sessions!.Select(s => new TrainingSession(0, s.Date!.Value, s.Title!)), c.MinimumSessionsAttended!.Value,
            c.PracticalActivityRequired!.Value, clock.GetUtcNow());
        db.LeaderTrainings.Add(training);
        await db.SaveChangesAsync(cancellationToken);
        return await LeaderTrainingResponse.ReadAsync(db, training, cancellationToken);
    }
}
