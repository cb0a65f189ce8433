using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Data;
using Mediator;

namespace Manabi.Indicators.Features.Surveys.SubmitAnswers;

/// <summary>A respondent answers with their single-use code; the code is spent in the same transaction.</summary>
internal sealed record SubmitAnswersCommand(string? Code, IReadOnlyList<AnswerInput>? Answers) : ICommand<AnswersReceived>;

/// <summary>Answers sent with the code from the form.</summary>
/// <param name="Code">The response code, e.g. <c>K7QM-2XPA</c> (case and hyphen do not matter).</param>
/// <param name="Answers">One choice per question answered; the counted question is required.</param>
public sealed record SubmitAnswersRequest(string? Code, IReadOnlyList<AnswerInput>? Answers)
{
    internal SubmitAnswersCommand ToCommand() => new(Code, Answers);
}

internal sealed class SubmitAnswersValidator : AbstractValidator<SubmitAnswersCommand>
{
    public SubmitAnswersValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(20).Named("回答コード", "code");
        RuleFor(c => c.Answers).NotEmpty().MaxItems(30).Named("回答", "answers");
        RuleForEach(c => c.Answers).NotNull().SetValidator(new AnswerInputValidator());
    }
}

internal sealed class SubmitAnswersHandler(IndicatorsDbContext db, SurveyAnswering answering, TimeProvider clock)
    : ICommandHandler<SubmitAnswersCommand, AnswersReceived>
{
    public async ValueTask<AnswersReceived> Handle(SubmitAnswersCommand c, CancellationToken cancellationToken)
    {
        var (code, wave) = await ResponseCodes.FindUnusedAsync(db, c.Code!, forUpdate: true, cancellationToken);
        code.Use(clock.GetUtcNow());
        return await answering.ReceiveAsync(wave, c.Answers!, enteredBy: null, cancellationToken);
    }
}
