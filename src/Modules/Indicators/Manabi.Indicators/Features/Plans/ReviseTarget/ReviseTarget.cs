using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Data;
using Manabi.Indicators.Features.Plans.LoadPlan;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Plans.ReviseTarget;

/// <summary>Staff revise one measure's target; the old and new targets, who and why are kept.</summary>
internal sealed record ReviseTargetCommand(string Code, string MeasureCode, TargetInput? Target, string? Reason, string By) : ICommand<MeasureResponse>;

internal sealed class ReviseTargetValidator : AbstractValidator<ReviseTargetCommand>
{
    public ReviseTargetValidator()
    {
        RuleFor(c => c.Code).MaximumLength(50).Matches(PlanRules.CodePattern).Named("計画コード", "code");
        RuleFor(c => c.MeasureCode).MaximumLength(20).Named("数値のコード", "measureCode");
        RuleFor(c => c.Target).NotNull().SetValidator(new TargetInputValidator()!).Named("目標値", "target");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).Named("見直しの理由", "reason");
    }
}

internal sealed class ReviseTargetHandler(IndicatorsDbContext db, TimeProvider clock) : ICommandHandler<ReviseTargetCommand, MeasureResponse>
{
    public async ValueTask<MeasureResponse> Handle(ReviseTargetCommand c, CancellationToken cancellationToken)
    {
        var (plan, measure) = await PlanAccess.MeasureAsync(db, c.Code, c.MeasureCode, cancellationToken, tracked: true);
        var target = c.Target!.ToTarget();
        PlanAccess.RequireInPeriod(plan, target.FiscalYear, "target.fiscalYear");
        if (plan.ReviseTarget(measure, target, c.Reason!, c.By, clock.GetUtcNow()) is { } revision)
        {
            db.TargetRevisions.Add(revision);
            await db.SaveChangesAsync(cancellationToken);
        }
        return MeasureResponse.From(plan.Outline.FindMeasure(c.MeasureCode)!);
    }
}
