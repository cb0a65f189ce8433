using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Surveys.FindResponseCode;

/// <summary>What a respondent's code opens: the wave and its questions, to show the form.</summary>
internal sealed record FindResponseCodeQuery(string Code) : IQuery<SurveyForm>;

/// <summary>The form a code opens.</summary>
/// <param name="Wave">The survey round.</param>
/// <param name="Survey">Its questions.</param>
public sealed record SurveyForm(WaveView Wave, SurveyView Survey);

internal sealed class FindResponseCodeValidator : AbstractValidator<FindResponseCodeQuery>
{
    public FindResponseCodeValidator() => RuleFor(q => q.Code).NotEmpty().MaximumLength(20).Named("回答コード", "code");
}

internal sealed class FindResponseCodeHandler(IndicatorsDbContext db) : IQueryHandler<FindResponseCodeQuery, SurveyForm>
{
    public async ValueTask<SurveyForm> Handle(FindResponseCodeQuery q, CancellationToken cancellationToken)
    {
        var (_, wave) = await ResponseCodes.FindUnusedAsync(db, q.Code, forUpdate: false, cancellationToken);
        var survey = await db.Surveys.AsNoTracking().SingleAsync(s => s.Id == wave.SurveyId, cancellationToken);
        return new(WaveView.From(wave), SurveyView.From(survey));
    }
}
