using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;

namespace Manabi.Indicators.Features.Surveys;

internal static class SurveyErrors
{
    public static NotFoundException SurveyNotFound() => new(new Text("指定されたアンケートは見つかりません。", "No such survey."));

    public static NotFoundException WaveNotFound() => new(new Text("指定された調査回は見つかりません。", "No such survey wave."));

    /// <summary>A wrong code and an unknown one answer alike, so codes cannot be probed.</summary>
    public static NotFoundException CodeNotFound() =>
        new(new Text("この回答コードは見つかりません。用紙に印刷されたコードをご確認ください。", "No such response code. Please check the code printed on your form."));

    public static ConflictException CodeUsed() =>
        new(new Text("この回答コードはすでに使われています。回答はお一人一回です。", "This response code has already been used: one response per code."), "code-used");

    public static ConflictException CodeTaken() =>
        new(new Text("同じコードのアンケートがすでにあります。", "A survey with this code already exists."), "survey-code-taken");

    public static ValidationException Invalid(string field, string ja, string en) => new([new ValidationFailure(field, new Text(ja, en).Current)]);
}
