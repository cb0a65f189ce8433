using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Plans;

internal static class PlanAccess
{
    /// <summary>The plan (tracked when it will change), or not found.</summary>
    public static async Task<Plan> FindAsync(IndicatorsDbContext db, string code, CancellationToken cancellationToken, bool tracked = false) =>
        await (tracked ? db.Plans : db.Plans.AsNoTracking()).SingleOrDefaultAsync(p => p.Code == code, cancellationToken) ?? throw PlanErrors.NotFound();

    /// <summary>The plan and one of its measures, or not found.</summary>
    public static async Task<(Plan Plan, Measure Measure)> MeasureAsync(IndicatorsDbContext db, string code, string measureCode,
        CancellationToken cancellationToken, bool tracked = false)
    {
        var plan = await FindAsync(db, code, cancellationToken, tracked);
        return (plan, plan.Outline.FindMeasure(measureCode) ?? throw PlanErrors.MeasureNotFound());
    }

    /// <summary>A fiscal year inside the plan's period, or a 400 on <paramref name="field"/>.</summary>
    public static void RequireInPeriod(Plan plan, int fiscalYear, string field)
    {
        if (fiscalYear < plan.Outline.FirstFiscalYear || fiscalYear > plan.Outline.LastFiscalYear)
        {
            throw PlanErrors.OutsidePeriod(field, plan.Outline.FirstFiscalYear, plan.Outline.LastFiscalYear);
        }
    }
}
