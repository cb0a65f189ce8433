using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Domain;
using Manabi.Indicators.Features.Plans.LoadPlan;

namespace Manabi.Indicators.Features.Plans;

/// <summary>Rules a plan's parts follow, written once for a whole document and for one target revised.</summary>
internal static class PlanRules
{
    public const string CodePattern = "^[a-z0-9][a-z0-9-]{0,49}$";

    public static IRuleBuilderOptions<T, LocalizedTextInput?> IsText<T>(this IRuleBuilder<T, LocalizedTextInput?> rule) =>
        rule.NotNull().SetValidator(new LocalizedTextValidator()!);

    public static IRuleBuilderOptions<T, int?> IsFiscalYear<T>(this IRuleBuilder<T, int?> rule) => rule.NotNull().InclusiveBetween(2000, 2100);
}

internal sealed class LocalizedTextValidator : AbstractValidator<LocalizedTextInput>
{
    public LocalizedTextValidator()
    {
        RuleFor(t => t.Ja).NotEmpty().MaximumLength(300).Named("日本語の名称", "ja");
        RuleFor(t => t.En).NotEmpty().MaximumLength(300).Named("英語の名称", "en");
    }
}

/// <summary>A target: a year, a direction, and a value exactly when the direction needs one.</summary>
internal sealed class TargetInputValidator : AbstractValidator<TargetInput>
{
    public TargetInputValidator()
    {
        RuleFor(t => t.FiscalYear).IsFiscalYear().Named("目標年度", "fiscalYear");
        RuleFor(t => t.Direction).NotNull().IsInEnum().Named("目標の向き", "direction");
        RuleFor(t => t.Value).NotNull().When(t => t.Direction is { } d && Target.NeedsValue(d))
            .Named("目標値", "value").Says("「以上」「以下」の目標には目標値が必要です。", "An AtLeast or AtMost target needs a value.");
        RuleFor(t => t.Value).Null().When(t => t.Direction is { } d && !Target.NeedsValue(d))
            .Named("目標値", "value").Says("「↗」「↘」の目標には目標値を付けません。", "An Increase or Decrease target has no value.");
        RuleFor(t => t.Value).InclusiveBetween(0, 1_000_000_000).Named("目標値", "value");
    }
}
