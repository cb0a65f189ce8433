using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Manabi.Indicators.Features.Actuals.OverrideStatus;
using Manabi.Indicators.Features.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals.GetPlanReport;

/// <summary>The plan's report for a fiscal year: each measure's values, and its progress by both methods.</summary>
/// <param name="Code">The plan.</param>
/// <param name="FiscalYear">The fiscal year assessed.</param>
/// <param name="Measures">Every measure, in the plan's order.</param>
public sealed record PlanReportResponse(string Code, int FiscalYear, IReadOnlyList<MeasureReport> Measures);

/// <summary>One measure in the report.</summary>
/// <param name="Measure">The measure as the plan defines it.</param>
/// <param name="Values">Its values by fiscal year, each saying whether computed, entered or the baseline.</param>
/// <param name="Value">The assessed year's value, if there is one.</param>
/// <param name="Status">Open SDG progress status.</param>
/// <param name="ProgressValue">What the status was graded on: observed over needed growth (with a target value), or observed growth a year.</param>
/// <param name="InPercentagePoints">Growth of a share measured in percentage points.</param>
/// <param name="Grade">Achievement grade: S, A, B, C or NotAssessable.</param>
/// <param name="AchievementRate">達成率 against the target pro-rated to the year (1.0 = on the line).</param>
/// <param name="ProratedTarget">The target pro-rated to the year.</param>
/// <param name="PaceNeeded">The change a year still needed to reach the target in its year.</param>
/// <param name="StatusDecision">Staff's own status for the year with its reason, where they set one; <c>status</c> stays the computed one.</param>
public sealed record MeasureReport(
    MeasureResponse Measure, IReadOnlyList<MeasureYearValue> Values, decimal? Value, ProgressStatus Status, double? ProgressValue,
    bool InPercentagePoints, AchievementGrade Grade, decimal? AchievementRate, decimal? ProratedTarget, decimal? PaceNeeded,
    StatusDecision? StatusDecision = null)
{
    /// <summary>The measure assessed as of a fiscal year, by both methods.</summary>
    internal static MeasureReport Of(Measure measure, IReadOnlyList<MeasureYearValue> values, int year, decimal band)
    {
        var series = new MeasureSeries(measure, values.ToDictionary(v => v.FiscalYear, v => v.Value), year);
        var progress = OpenSdgProgress.Assess(series, WithinSamplingError(values, series));
        var grade = AchievementGrading.Assess(series, band);
        return new(MeasureResponse.From(measure), values, values.SingleOrDefault(v => v.FiscalYear == year)?.Value, progress.Status,
            progress.Value is { } v ? Math.Round(v, 4) : null, progress.InPercentagePoints, grade.Grade, grade.AchievementRate, grade.ProratedTarget, grade.PaceNeeded);
    }

    /// <summary>A survey share whose interval overlaps the reference year's has not changed beyond sampling error.</summary>
    private static bool WithinSamplingError(IReadOnlyList<MeasureYearValue> values, MeasureSeries series) =>
        values.SingleOrDefault(v => v.FiscalYear == series.Current?.Year)?.Interval is { } current
        && values.SingleOrDefault(v => v.FiscalYear == series.Reference?.Year)?.Interval is { } reference
        && SurveyShare.Overlap((current.Low, current.High), (reference.Low, reference.High));
}

internal sealed record GetPlanReportQuery(string Code, int? FiscalYear) : IQuery<PlanReportResponse>;

internal sealed class GetPlanReportValidator : AbstractValidator<GetPlanReportQuery>
{
    public GetPlanReportValidator()
    {
        RuleFor(q => q.Code).MaximumLength(50).Matches(PlanRules.CodePattern).Named("計画コード", "code");
        RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2100).Named("年度", "fiscalYear");
    }
}

internal sealed class GetPlanReportHandler(IndicatorsDbContext db, MeasureValues values, AnswerCache cache, TimeProvider clock)
    : IQueryHandler<GetPlanReportQuery, PlanReportResponse>
{
    public async ValueTask<PlanReportResponse> Handle(GetPlanReportQuery q, CancellationToken cancellationToken)
    {
        var thisYear = FiscalYear.Of(clock.GetUtcNow()).StartYear;
        var year = q.FiscalYear ?? thisYear;
        // This year is in the key: a new fiscal year changes the answer (its first value appears) without changing a row.
        return await cache.GetOrMakeAsync($"report:{q.Code}:{year}:{thisYear}", () => FingerprintAsync(q.Code, year, cancellationToken),
            () => MakeAsync(q.Code, year, cancellationToken));
    }

    /// <summary>The versions of every row the report reads; none when there is no such plan.</summary>
    private async Task<string?> FingerprintAsync(string code, int year, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<string?>($"""
            SELECT (SELECT xmin::text FROM indicators.plans WHERE code = {code})
                || '|' || coalesce((SELECT string_agg(xmin::text, ',' ORDER BY computation, fiscal_year) FROM indicators.measure_counters), '')
                || '|' || coalesce((SELECT string_agg(xmin::text, ',' ORDER BY measure_code, fiscal_year) FROM indicators.entered_values WHERE plan_code = {code}), '')
                || '|' || coalesce((SELECT string_agg(xmin::text, ',' ORDER BY fiscal_year) FROM indicators.confirmed_years WHERE plan_code = {code}), '')
                || '|' || coalesce((SELECT string_agg(xmin::text, ',' ORDER BY measure_code)
                                    FROM indicators.status_overrides WHERE plan_code = {code} AND fiscal_year = {year}), '') AS "Value"
            """).ToListAsync(cancellationToken))[0];

    private async Task<PlanReportResponse> MakeAsync(string code, int year, CancellationToken cancellationToken)
    {
        var plan = await PlanAccess.FindAsync(db, code, cancellationToken);
        var all = await values.ReadAsync(plan, cancellationToken);
        var decisions = await db.StatusOverrides.AsNoTracking().Where(o => o.PlanCode == plan.Code && o.FiscalYear == year)
            .ToDictionaryAsync(o => o.MeasureCode, StatusDecision.From, cancellationToken);
        return new(plan.Code, year, [.. plan.Outline.AllMeasures().Select(m => MeasureReport.Of(m, all[m.Code], year, plan.Outline.GradeBandPercent / 100)
            with { StatusDecision = decisions.GetValueOrDefault(m.Code) })]);
    }
}
