using System.Globalization;
using System.Text;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Csv;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Features.Actuals.GetPlanReport;
using Manabi.Indicators.Features.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals.ExportPlan;

/// <summary>
/// The whole plan with its actual values as one sheet: a row per measure and fiscal year with a value,
/// each assessed as of that year, so the series of statuses reads down the sheet.
/// </summary>
internal sealed record ExportPlanQuery(string Code, string? Encoding) : IQuery<string>;

internal sealed class ExportPlanValidator : AbstractValidator<ExportPlanQuery>
{
    public ExportPlanValidator()
    {
        RuleFor(q => q.Code).MaximumLength(50).Matches(PlanRules.CodePattern).Named("計画コード", "code");
        RuleFor(q => q.Encoding).IsCsvEncoding();
    }
}

internal sealed class ExportPlanHandler(IndicatorsDbContext db, MeasureValues values) : IQueryHandler<ExportPlanQuery, string>
{
    public static readonly string[] Header =
    [
        "施策項目", "指標", "数値", "内容", "単位", "年度", "値", "値の出どころ", "出典", "現状値", "目標年度", "目標", "進捗（Open SDG）", "達成度", "達成率",
    ];

    public async ValueTask<string> Handle(ExportPlanQuery q, CancellationToken cancellationToken)
    {
        var plan = await PlanAccess.FindAsync(db, q.Code, cancellationToken);
        var all = await values.ReadAsync(plan, cancellationToken);
        var csv = new StringBuilder();
        CsvLines.Append(csv, Header);
        foreach (var item in plan.Outline.Goals.SelectMany(g => g.Items))
        {
            foreach (var (indicator, measure) in item.Indicators.SelectMany(i => i.Measures.Select(m => (i, m))))
            {
                foreach (var year in all[measure.Code])
                {
                    var report = MeasureReport.Of(measure, all[measure.Code], year.FiscalYear, plan.Outline.GradeBandPercent / 100);
                    CsvLines.Append(csv,
                    [
                        item.Number.ToString(CultureInfo.InvariantCulture), indicator.Code, measure.Code, measure.Name.Ja, measure.UnitName.Ja,
                        year.FiscalYear.ToString(CultureInfo.InvariantCulture), Number(year.Value), SourceName(year.Source), year.Note ?? "",
                        measure.Baseline.Value is { } b ? Number(b) : "—", measure.Target.FiscalYear.ToString(CultureInfo.InvariantCulture),
                        TargetText(measure), StatusName(report.Status), report.Grade == AchievementGrade.NotAssessable ? "－" : report.Grade.ToString(),
                        report.AchievementRate is { } rate ? (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "",
                    ]);
                }
            }
        }
        return csv.ToString();
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string TargetText(Domain.Measure m) => m.Target.Direction switch
    {
        TargetDirection.AtLeast => $"{Number(m.Target.Value!.Value)}{m.UnitName.Ja}以上",
        TargetDirection.AtMost => $"{Number(m.Target.Value!.Value)}{m.UnitName.Ja}以下",
        TargetDirection.Increase => "↗（増やす）",
        _ => "↘（減らす）",
    };

    private static string SourceName(ValueSource source) => source switch
    {
        ValueSource.Computed => "記録から算出",
        ValueSource.Entered => "職員が入力",
        _ => "計画の現状値",
    };

    private static string StatusName(ProgressStatus status) => status switch
    {
        ProgressStatus.TargetAchieved => "目標達成",
        ProgressStatus.SubstantialProgress => "順調",
        ProgressStatus.ModerateProgress => "進んでいるが加速が必要",
        ProgressStatus.LimitedProgress => "進捗がわずか",
        ProgressStatus.Deterioration => "後退",
        _ => "判定できない",
    };
}
