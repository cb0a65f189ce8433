using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Manabi.Indicators.Features.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals.ConfirmYear;

/// <summary>Staff confirm an ended fiscal year: its values as they stand become the year's numbers.</summary>
internal sealed record ConfirmYearCommand(string Code, int FiscalYear, string By) : ICommand<ConfirmedYearResponse>;

/// <summary>A confirmed fiscal year.</summary>
/// <param name="FiscalYear">The year.</param>
/// <param name="Values">Each measure's value as confirmed (measures without a value that year are absent).</param>
/// <param name="ConfirmedBy">Who.</param>
/// <param name="ConfirmedAt">When.</param>
public sealed record ConfirmedYearResponse(int FiscalYear, IReadOnlyDictionary<string, decimal> Values, string ConfirmedBy, DateTimeOffset ConfirmedAt);

internal sealed class ConfirmYearValidator : AbstractValidator<ConfirmYearCommand>
{
    public ConfirmYearValidator()
    {
        RuleFor(c => c.Code).MaximumLength(50).Matches(PlanRules.CodePattern).Named("計画コード", "code");
        RuleFor(c => c.FiscalYear).InclusiveBetween(2000, 2100).Named("年度", "fiscalYear");
    }
}

internal sealed class ConfirmYearHandler(IndicatorsDbContext db, MeasureValues values, TimeProvider clock) : ICommandHandler<ConfirmYearCommand, ConfirmedYearResponse>
{
    public async ValueTask<ConfirmedYearResponse> Handle(ConfirmYearCommand c, CancellationToken cancellationToken)
    {
        var plan = await PlanAccess.FindAsync(db, c.Code, cancellationToken);
        if (c.FiscalYear >= FiscalYear.Of(clock.GetUtcNow()).StartYear)
        {
            throw new BusinessRuleException(new Text("確定できるのは終わった年度だけです。", "Only a fiscal year that has ended can be confirmed."), "year-not-ended");
        }
        if (await db.ConfirmedYears.AnyAsync(y => y.PlanCode == plan.Code && y.FiscalYear == c.FiscalYear, cancellationToken))
        {
            throw new ConflictException(new Text("この年度はすでに確定しています。", "This fiscal year is already confirmed."), "already-confirmed");
        }
        var current = await values.ReadAsync(plan, cancellationToken);
        var confirmed = ConfirmedYear.Confirm(plan.Code, c.FiscalYear,
            current.SelectMany(m => m.Value.Where(v => v.FiscalYear == c.FiscalYear).Select(v => new ConfirmedValue(m.Key, v.Value))), c.By, clock.GetUtcNow());
        db.ConfirmedYears.Add(confirmed);
        await db.SaveChangesAsync(cancellationToken);
        return new(confirmed.FiscalYear, confirmed.Values.ToDictionary(v => v.MeasureCode, v => v.Value), confirmed.ConfirmedBy, confirmed.ConfirmedAt);
    }
}
