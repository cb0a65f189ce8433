using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Features.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals.ListCountedItems;

/// <summary>What a measure's value for a fiscal year counted, a page at a time.</summary>
/// <param name="MeasureCode">The measure.</param>
/// <param name="FiscalYear">The fiscal year (for a cumulative measure: everything up to its end).</param>
/// <param name="Total">How many items counted.</param>
/// <param name="Offset">Where this page starts.</param>
/// <param name="Items">The page, by date.</param>
public sealed record CountedItemsPage(string MeasureCode, int FiscalYear, int Total, int Offset, IReadOnlyList<CountedItemResponse> Items);

/// <summary>One thing counted.</summary>
/// <param name="Id">The source's id (a session, a certification, an issue…); absent where it would name a person (a learner).</param>
/// <param name="Date">When it happened.</param>
/// <param name="Value">What it adds (1, or a number of people or items).</param>
public sealed record CountedItemResponse(string? Id, DateOnly Date, decimal Value);

internal sealed record ListCountedItemsQuery(string Code, string MeasureCode, int? FiscalYear, int? Offset, int? Limit) : IQuery<CountedItemsPage>;

internal sealed class ListCountedItemsValidator : AbstractValidator<ListCountedItemsQuery>
{
    public ListCountedItemsValidator()
    {
        RuleFor(q => q.Code).MaximumLength(50).Matches(PlanRules.CodePattern).Named("計画コード", "code");
        RuleFor(q => q.MeasureCode).MaximumLength(20).Named("数値のコード", "measureCode");
        RuleFor(q => q.FiscalYear).NotNull().InclusiveBetween(2000, 2100).Named("年度", "fiscalYear");
        RuleFor(q => q.Offset).InclusiveBetween(0, 1_000_000).Named("開始位置", "offset");
        RuleFor(q => q.Limit).InclusiveBetween(1, 500).Named("件数", "limit");
    }
}

internal sealed class ListCountedItemsHandler(IndicatorsDbContext db) : IQueryHandler<ListCountedItemsQuery, CountedItemsPage>
{
    // Keys that are a person's id: the count and the dates are public, who is not.
    private static readonly HashSet<Computation> PersonKeyed = [Computation.StampRallyLearners, Computation.CommendedLearners, Computation.RegisteredTalent];

    public async ValueTask<CountedItemsPage> Handle(ListCountedItemsQuery q, CancellationToken cancellationToken)
    {
        var (_, measure) = await PlanAccess.MeasureAsync(db, q.Code, q.MeasureCode, cancellationToken);
        var year = q.FiscalYear!.Value;
        var items = db.CountedItems.AsNoTracking().Where(i => i.Computation == measure.Computation && i.Counts);
        items = measure.Kind == MeasureKind.Cumulative ? items.Where(i => i.FiscalYear <= year) : items.Where(i => i.FiscalYear == year);
        var offset = q.Offset ?? 0;
        var page = await items.OrderBy(i => i.OccurredOn).ThenBy(i => i.Key).Skip(offset).Take(q.Limit ?? 100).ToListAsync(cancellationToken);
        var hidden = PersonKeyed.Contains(measure.Computation);
        // The total is the counters' item count, kept with the items: counting a million rows for each page would not keep up.
        var counters = db.Counters.AsNoTracking().Where(c => c.Computation == measure.Computation);
        counters = measure.Kind == MeasureKind.Cumulative ? counters.Where(c => c.FiscalYear <= year) : counters.Where(c => c.FiscalYear == year);
        return new(measure.Code, year, await counters.SumAsync(c => c.Items, cancellationToken), offset,
            page.ConvertAll(i => new CountedItemResponse(hidden ? null : i.Key, i.OccurredOn, i.Value)));
    }
}
