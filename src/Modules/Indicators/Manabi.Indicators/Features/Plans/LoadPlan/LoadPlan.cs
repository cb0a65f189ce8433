using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Plans.LoadPlan;

/// <summary>A city's plan loaded as one document: created, or replacing what was there (each target it changes is a revision).</summary>
internal sealed record LoadPlanCommand(
    string Code, LocalizedTextInput? City, LocalizedTextInput? Title, int? FirstFiscalYear, int? LastFiscalYear, IReadOnlyList<GoalInput>? Goals,
    decimal? GradeBandPercent, string? RevisionReason, string By) : ICommand<LoadedPlan>;

/// <summary>The plan as now stored, and whether this created it.</summary>
internal sealed record LoadedPlan(PlanResponse Plan, bool Created);

internal sealed class LoadPlanValidator : AbstractValidator<LoadPlanCommand>
{
    private const string PartCode = "^[0-9A-Za-z][0-9A-Za-z-]{0,19}$";

    public LoadPlanValidator()
    {
        RuleFor(c => c.Code).MaximumLength(50).Matches(PlanRules.CodePattern).Named("計画コード", "code")
            .Says("計画コードは英小文字・数字・ハイフン（50文字まで）で指定してください。", "A plan code is lower-case letters, digits and hyphens (up to 50).");
        RuleFor(c => c.City).IsText().Named("市町村名", "city");
        RuleFor(c => c.Title).IsText().Named("計画名", "title");
        RuleFor(c => c.FirstFiscalYear).IsFiscalYear().Named("計画の初年度", "firstFiscalYear");
        RuleFor(c => c.LastFiscalYear).IsFiscalYear().Named("計画の最終年度", "lastFiscalYear");
        RuleFor(c => c.LastFiscalYear).GreaterThan(c => c.FirstFiscalYear).When(c => c.FirstFiscalYear is not null).Named("計画の最終年度", "lastFiscalYear");
        RuleFor(c => c.GradeBandPercent).InclusiveBetween(1, 50).Named("評価Bの幅（%）", "gradeBandPercent");
        RuleFor(c => c.RevisionReason).MaximumLength(500).Named("読み込みの理由", "revisionReason");
        RuleFor(c => c.Goals).NotEmpty().MaxItems(20).Named("基本目標", "goals");
        RuleForEach(c => c.Goals).NotNull().Named("基本目標", "goals").ChildRules(goal =>
        {
            goal.RuleFor(g => g.Number).NotNull().InclusiveBetween(1, 999).Named("基本目標の番号", "number");
            goal.RuleFor(g => g.Title).IsText().Named("基本目標", "title");
            goal.RuleFor(g => g.Items).NotEmpty().MaxItems(50).Named("施策項目", "items");
            goal.RuleForEach(g => g.Items).NotNull().Named("施策項目", "items").ChildRules(item =>
            {
                item.RuleFor(i => i.Number).NotNull().InclusiveBetween(1, 999).Named("施策項目の番号", "number");
                item.RuleFor(i => i.Title).IsText().Named("施策項目", "title");
                item.RuleFor(i => i.Indicators).NotEmpty().MaxItems(50).Named("目標指標", "indicators");
                item.RuleForEach(i => i.Indicators).NotNull().Named("目標指標", "indicators").ChildRules(indicator =>
                {
                    indicator.RuleFor(x => x.Code).NotEmpty().MaximumLength(20).Matches(PartCode).Named("指標コード", "code");
                    indicator.RuleFor(x => x.Name).IsText().Named("指標の内容", "name");
                    indicator.RuleFor(x => x.ResponsibleBody).NotEmpty().MaximumLength(100).Named("担当", "responsibleBody");
                    indicator.RuleFor(x => x.Measures).NotEmpty().MaxItems(10).Named("測る数値", "measures");
                    indicator.RuleForEach(x => x.Measures).NotNull().Named("測る数値", "measures").ChildRules(measure =>
                    {
                        measure.RuleFor(m => m.Code).NotEmpty().MaximumLength(20).Matches(PartCode).Named("数値のコード", "code");
                        measure.RuleFor(m => m.Name).IsText().Named("数値の名称", "name");
                        measure.RuleFor(m => m.Unit).NotNull().IsInEnum().Named("単位", "unit");
                        measure.RuleFor(m => m.UnitName).IsText().Named("単位の呼び方", "unitName");
                        measure.RuleFor(m => m.Kind).NotNull().IsInEnum().Named("数え方", "kind");
                        measure.RuleFor(m => m.Computation).NotNull().IsInEnum().Named("算出方法", "computation");
                        measure.RuleFor(m => m.Baseline).NotNull().Named("現状値", "baseline").ChildRules(baseline =>
                        {
                            baseline.RuleFor(b => b!.FiscalYear).IsFiscalYear().Named("現状値の年度", "fiscalYear");
                            baseline.RuleFor(b => b!.Value).GreaterThanOrEqualTo(0).Named("現状値", "value");
                        });
                        measure.RuleFor(m => m.Target).NotNull().SetValidator(new TargetInputValidator()!).Named("目標値", "target");
                    });
                });
            });
        });
        RuleFor(c => c).Custom(AcrossThePlan).When(c => c.Goals is not null && c.FirstFiscalYear is not null && c.LastFiscalYear is not null);
    }

    /// <summary>What no single part can check: codes unique in the plan, years inside its period, shares within 100 %.</summary>
    private static void AcrossThePlan(LoadPlanCommand c, ValidationContext<LoadPlanCommand> context)
    {
        // Indicators and measures each have their own codes (a one-measure indicator's measure shares its code: 22-3).
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var measureCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (indicator, path) in Parts(c))
        {
            if (indicator.Code is { } code && !codes.Add(code.Trim()))
            {
                context.AddFailure(Failure($"{path}.Code", "コードが計画の中で重複しています。", "The code is used twice in the plan."));
            }
            foreach (var (measure, m) in (indicator.Measures ?? []).Select((x, i) => (x, i)))
            {
                var at = $"{path}.Measures[{m}]";
                if (measure?.Code is { } measureCode && !measureCodes.Add(measureCode.Trim()))
                {
                    context.AddFailure(Failure($"{at}.Code", "コードが計画の中で重複しています。", "The code is used twice in the plan."));
                }
                InPeriod(measure?.Baseline?.FiscalYear, $"{at}.Baseline.FiscalYear");
                InPeriod(measure?.Target?.FiscalYear, $"{at}.Target.FiscalYear");
                if (measure is { Unit: Contracts.MeasureUnit.Percent } && (measure.Baseline?.Value > 100 || measure.Target?.Value > 100))
                {
                    context.AddFailure(Failure($"{at}.Target.Value", "割合は 100 以下で指定してください。", "A share cannot exceed 100."));
                }
            }
        }

        void InPeriod(int? year, string field)
        {
            if (year is { } y && (y < c.FirstFiscalYear || y > c.LastFiscalYear))
            {
                context.AddFailure(new ValidationFailure(field, PlanErrors.OutsidePeriodText(c.FirstFiscalYear!.Value, c.LastFiscalYear!.Value).Current));
            }
        }
    }

    private static IEnumerable<(IndicatorInput Indicator, string Path)> Parts(LoadPlanCommand c) =>
        from g in c.Goals!.Select((goal, i) => (goal, i))
        from it in (g.goal?.Items ?? []).Select((item, i) => (item, i))
        from x in (it.item?.Indicators ?? []).Select((indicator, i) => (indicator, i)) where x.indicator is not null
        select (x.indicator, $"Goals[{g.i}].Items[{it.i}].Indicators[{x.i}]");

    private static ValidationFailure Failure(string field, string ja, string en) => new(field, new Text(ja, en).Current);
}

internal sealed class LoadPlanHandler(IndicatorsDbContext db, TimeProvider clock) : ICommandHandler<LoadPlanCommand, LoadedPlan>
{
    public async ValueTask<LoadedPlan> Handle(LoadPlanCommand c, CancellationToken cancellationToken)
    {
        var outline = c.ToOutline();
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Code == c.Code, cancellationToken);
        var created = plan is null;
        if (plan is null)
        {
            plan = Plan.Define(c.Code, outline, c.By, clock.GetUtcNow());
            db.Plans.Add(plan);
        }
        else
        {
            db.TargetRevisions.AddRange(plan.Replace(outline, c.By, c.RevisionReason ?? "計画文書の読み込み", clock.GetUtcNow()));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(PlanResponse.From(plan), created);
    }
}
