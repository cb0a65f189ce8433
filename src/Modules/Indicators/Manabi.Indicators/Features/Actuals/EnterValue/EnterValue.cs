using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Manabi.Indicators.Features.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals.EnterValue;

/// <summary>Staff give a measure's value for a fiscal year, with its source; entering again replaces it.</summary>
internal sealed record EnterValueCommand(string Code, string MeasureCode, int FiscalYear, decimal? Value, string? Source, string By)
    : ICommand<MeasureYearValue>;

internal sealed class EnterValueValidator : AbstractValidator<EnterValueCommand>
{
    public EnterValueValidator()
    {
        RuleFor(c => c.Code).MaximumLength(50).Matches(PlanRules.CodePattern).Named("計画コード", "code");
        RuleFor(c => c.MeasureCode).MaximumLength(20).Named("数値のコード", "measureCode");
        RuleFor(c => c.FiscalYear).InclusiveBetween(2000, 2100).Named("年度", "fiscalYear");
        RuleFor(c => c.Value).NotNull().InclusiveBetween(0, 1_000_000_000).Named("値", "value");
        RuleFor(c => c.Source).NotEmpty().MaximumLength(500).Named("出典", "source");
    }
}

internal sealed class EnterValueHandler(IndicatorsDbContext db, TimeProvider clock) : ICommandHandler<EnterValueCommand, MeasureYearValue>
{
    public async ValueTask<MeasureYearValue> Handle(EnterValueCommand c, CancellationToken cancellationToken)
    {
        var (plan, measure) = await PlanAccess.MeasureAsync(db, c.Code, c.MeasureCode, cancellationToken);
        PlanAccess.RequireInPeriod(plan, c.FiscalYear, "fiscalYear");
        var entered = await db.EnteredValues.SingleOrDefaultAsync(v => v.PlanCode == plan.Code && v.MeasureCode == measure.Code && v.FiscalYear == c.FiscalYear,
            cancellationToken);
        if (entered is null)
        {
            entered = EnteredValue.Enter(plan.Code, measure.Code, c.FiscalYear);
            db.EnteredValues.Add(entered);
        }
        entered.Set(c.Value!.Value, c.Source!, c.By, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new(entered.FiscalYear, entered.Value, Contracts.ValueSource.Entered, entered.Source);
    }
}
