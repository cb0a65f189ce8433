using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Surveys.CreateSurvey;

/// <summary>Staff define a survey instrument for one of the plan's survey shares.</summary>
internal sealed record CreateSurveyCommand(string? Code, string? Title, Computation? Computation, IReadOnlyList<QuestionInput>? Questions)
    : ICommand<SurveyView>;

internal sealed class CreateSurveyValidator : AbstractValidator<CreateSurveyCommand>
{
    public CreateSurveyValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(50).Matches("^[a-z0-9][a-z0-9-]*$").Named("コード", "code");
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200).Named("題名", "title");
        RuleFor(c => c.Computation).NotNull().Must(c => c is null || Survey.ShareComputations.Contains(c.Value))
            .Says("アンケートで数えるのは 22-3（FestivalSurveyShare）か 23-1（CenterSurveyShare）です。", "A survey feeds FestivalSurveyShare (22-3) or CenterSurveyShare (23-1).")
            .Named("集計方法", "computation");
        RuleFor(c => c.Questions).NotEmpty().MaxItems(30).Named("設問", "questions");
        RuleForEach(c => c.Questions).NotNull().SetValidator(new QuestionInputValidator());
        RuleFor(c => c.Questions).Must(q => q is null || q.Count(x => x?.PositiveChoices is { Count: > 0 }) == 1)
            .Says("肯定的な回答を指定する設問（割合を数える設問）を、ちょうど一つにしてください。", "Exactly one question must list the positive choices the share counts.")
            .Named("設問", "questions");
        RuleFor(c => c.Questions).Must(q => q is null || q.Select(x => x?.Code).Distinct().Count() == q.Count)
            .Says("設問のコードが重複しています。", "Question codes must be unique.").Named("設問", "questions");
    }
}

internal sealed class QuestionInputValidator : AbstractValidator<QuestionInput>
{
    public QuestionInputValidator()
    {
        RuleFor(q => q.Code).NotEmpty().MaximumLength(20).Named("設問のコード", "code");
        RuleFor(q => q.Text).NotEmpty().MaximumLength(500).Named("設問文", "text");
        RuleFor(q => q.Choices).NotEmpty().MaxItems(20).Named("選択肢", "choices");
        RuleForEach(q => q.Choices).NotNull().SetValidator(new ChoiceInputValidator());
        RuleFor(q => q.PositiveChoices).MaxItems(20).Named("肯定的な回答", "positiveChoices");
        RuleForEach(q => q.PositiveChoices).NotEmpty().MaximumLength(20).Named("肯定的な回答", "positiveChoices");
        RuleFor(q => q).Must(q => q.PositiveChoices is null || q.PositiveChoices.All(p => q.Choices?.Any(c => c?.Code == p) == true))
            .Says("肯定的な回答には、この設問の選択肢のコードを指定してください。", "Positive choices must be codes of this question's choices.")
            .OverridePropertyName("positiveChoices");
    }
}

internal sealed class ChoiceInputValidator : AbstractValidator<ChoiceInput>
{
    public ChoiceInputValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(20).Named("選択肢のコード", "code");
        RuleFor(c => c.Label).NotEmpty().MaximumLength(200).Named("選択肢の文", "label");
    }
}

internal sealed class CreateSurveyHandler(IndicatorsDbContext db, TimeProvider clock) : ICommandHandler<CreateSurveyCommand, SurveyView>
{
    public async ValueTask<SurveyView> Handle(CreateSurveyCommand c, CancellationToken cancellationToken)
    {
        if (await db.Surveys.AnyAsync(s => s.Code == c.Code, cancellationToken))
        {
            throw SurveyErrors.CodeTaken();
        }
        var questions = c.Questions!.Select(q => new SurveyQuestion(q.Code!.Trim(), q.Text!.Trim(),
            [.. q.Choices!.Select(x => new SurveyChoice(x.Code!.Trim(), x.Label!.Trim()))], [.. q.PositiveChoices ?? []])).ToList();
        var survey = Survey.Create(c.Code!, c.Title!, c.Computation!.Value, questions, clock.GetUtcNow());
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return SurveyView.From(survey);
    }
}
