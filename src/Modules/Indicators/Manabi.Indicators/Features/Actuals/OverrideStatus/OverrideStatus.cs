using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Manabi.Indicators.Features.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals.OverrideStatus;

/// <summary>Staff set their own status for a measure's fiscal year; deciding again replaces it. The computed status stays beside it.</summary>
internal sealed record OverrideStatusCommand(string Code, string MeasureCode, int FiscalYear, ProgressStatus? Status, string? Reason, string By)
    : ICommand<StatusDecision>;

/// <summary>A status staff decided.</summary>
/// <param name="Status">The status.</param>
/// <param name="Reason">Why.</param>
/// <param name="DecidedBy">Who (staff:{login}).</param>
/// <param name="DecidedAt">When.</param>
public sealed record StatusDecision(ProgressStatus Status, string Reason, string DecidedBy, DateTimeOffset DecidedAt)
{
    internal static StatusDecision From(StatusOverride o) => new(o.Status, o.Reason, o.DecidedBy, o.DecidedAt);
}

internal sealed class OverrideStatusValidator : AbstractValidator<OverrideStatusCommand>
{
    public OverrideStatusValidator()
    {
        RuleFor(c => c.Code).MaximumLength(50).Matches(PlanRules.CodePattern).Named("計画コード", "code");
        RuleFor(c => c.MeasureCode).MaximumLength(20).Named("数値のコード", "measureCode");
        RuleFor(c => c.FiscalYear).InclusiveBetween(2000, 2100).Named("年度", "fiscalYear");
        RuleFor(c => c.Status).NotNull().IsInEnum().Named("進捗状況", "status");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).Named("理由", "reason");
    }
}

internal sealed class OverrideStatusHandler(IndicatorsDbContext db, TimeProvider clock) : ICommandHandler<OverrideStatusCommand, StatusDecision>
{
    public async ValueTask<StatusDecision> Handle(OverrideStatusCommand c, CancellationToken cancellationToken)
    {
        var (plan, measure) = await PlanAccess.MeasureAsync(db, c.Code, c.MeasureCode, cancellationToken);
        var decision = await db.StatusOverrides.SingleOrDefaultAsync(
            o => o.PlanCode == plan.Code && o.MeasureCode == measure.Code && o.FiscalYear == c.FiscalYear, cancellationToken);
        if (decision is null)
        {
            decision = StatusOverride.For(plan.Code, measure.Code, c.FiscalYear);
            db.StatusOverrides.Add(decision);
        }
        decision.Decide(c.Status!.Value, c.Reason!, c.By, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return StatusDecision.From(decision);
    }
}
