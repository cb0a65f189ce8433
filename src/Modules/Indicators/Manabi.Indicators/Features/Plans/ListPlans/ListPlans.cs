using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Plans.ListPlans;

/// <summary>A plan in the list.</summary>
/// <param name="Code">Its code.</param>
/// <param name="City">The city.</param>
/// <param name="Title">Its title.</param>
/// <param name="FirstFiscalYear">First fiscal year.</param>
/// <param name="LastFiscalYear">Last fiscal year.</param>
/// <param name="Measures">How many measures it tracks.</param>
public sealed record PlanSummary(string Code, LocalizedText City, LocalizedText Title, int FirstFiscalYear, int LastFiscalYear, int Measures);

internal sealed record ListPlansQuery : IQuery<IReadOnlyList<PlanSummary>>;

internal sealed class ListPlansHandler(IndicatorsDbContext db) : IQueryHandler<ListPlansQuery, IReadOnlyList<PlanSummary>>
{
    public async ValueTask<IReadOnlyList<PlanSummary>> Handle(ListPlansQuery q, CancellationToken cancellationToken) =>
        (await db.Plans.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken)).ConvertAll(p => new PlanSummary(
            p.Code, p.Outline.City, p.Outline.Title, p.Outline.FirstFiscalYear, p.Outline.LastFiscalYear, p.Outline.AllMeasures().Count()));
}
