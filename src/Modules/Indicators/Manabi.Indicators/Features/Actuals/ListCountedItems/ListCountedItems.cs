using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
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

internal sealed class ListCountedItemsHandler(IndicatorsDbContext db, AnswerCache cache) : IQueryHandler<ListCountedItemsQuery, CountedItemsPage>
{
    // Keys that are a person's id: the count and the dates are public, who is not.
    private static readonly HashSet<Computation> PersonKeyed = [Computation.StampRallyLearners, Computation.CommendedLearners, Computation.RegisteredTalent];

    public async ValueTask<CountedItemsPage> Handle(ListCountedItemsQuery q, CancellationToken cancellationToken)
    {
        var (year, offset, limit) = (q.FiscalYear!.Value, q.Offset ?? 0, q.Limit ?? 100);
        Measure? measure = null;
        return await cache.GetOrMakeAsync($"items:{q.Code}:{q.MeasureCode}:{year}:{offset}:{limit}", async () =>
        {
            var version = await db.Plans.Where(p => p.Code == q.Code).Select(p => (uint?)p.Version).SingleOrDefaultAsync(cancellationToken)
                ?? throw PlanErrors.NotFound();
            // Under its version: a revised plan is another key, whenever it was checked.
            var plan = await cache.GetOrMakeAsync($"plan:{q.Code}:{version}", () => Task.FromResult<string?>(""),
                () => PlanAccess.FindAsync(db, q.Code, cancellationToken));
            measure = plan.Outline.FindMeasure(q.MeasureCode) ?? throw PlanErrors.MeasureNotFound();
            var counters = await db.Database.SqlQuery<string>($"""
                SELECT coalesce(string_agg(xmin::text, ',' ORDER BY fiscal_year), '') AS "Value" FROM indicators.measure_counters
                WHERE computation = {measure.Computation.ToString()} AND fiscal_year BETWEEN {First(measure, year)} AND {year}
                """).ToListAsync(cancellationToken);
            return $"{version}|{counters[0]}";
        }, () => PageAsync(measure!, First(measure!, year), year, offset, limit, cancellationToken));
    }

    /// <summary>A cumulative measure lists everything up to the year.</summary>
    private static int First(Measure measure, int year) => measure.Kind == MeasureKind.Cumulative ? int.MinValue : year;

    private async Task<CountedItemsPage> PageAsync(Measure measure, int from, int year, int offset, int limit, CancellationToken cancellationToken)
    {
        var items = db.CountedItems.AsNoTracking().Where(i => i.Computation == measure.Computation && i.Counts);
        // One year by equality, so the index's (year, date) order is the page's order.
        items = from == year ? items.Where(i => i.FiscalYear == year) : items.Where(i => i.FiscalYear <= year);
        var page = await items.OrderBy(i => i.OccurredOn).ThenBy(i => i.Key).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        var hidden = PersonKeyed.Contains(measure.Computation);
        // The total is the counters' item count, kept with the items: counting a million rows for each page would not keep up.
        var total = await db.Counters.AsNoTracking().Where(c => c.Computation == measure.Computation && c.FiscalYear >= from && c.FiscalYear <= year)
            .SumAsync(c => c.Items, cancellationToken);
        return new(measure.Code, year, total, offset, page.ConvertAll(i => new CountedItemResponse(hidden ? null : i.Key, i.OccurredOn, i.Value)));
    }
}
