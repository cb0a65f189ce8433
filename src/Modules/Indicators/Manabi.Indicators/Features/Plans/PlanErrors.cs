using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;

namespace Manabi.Indicators.Features.Plans;

internal static class PlanErrors
{
    public static NotFoundException NotFound() => new(new Text("指定された計画は見つかりません。", "No such plan."));

    public static NotFoundException MeasureNotFound() => new(new Text("この計画に、指定された指標はありません。", "The plan has no such measure."));

    public static ValidationException OutsidePeriod(string field, int first, int last) => new([new ValidationFailure(field, OutsidePeriodText(first, last).Current)]);

    public static Text OutsidePeriodText(int first, int last) =>
        new($"年度は計画期間（{first}〜{last}年度）の中で指定してください。", $"The fiscal year must be within the plan's period ({first}–{last}).");
}
