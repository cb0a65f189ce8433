using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Surveys.EnterPaperAnswers;

/// <summary>
/// Staff key in a paper form. With the code printed on it, the code is spent as if the respondent
/// had sent it (the same form cannot be counted twice); forms handed out without codes are keyed in
/// without one.
/// </summary>
internal sealed record EnterPaperAnswersCommand(Guid WaveId, string? Code, IReadOnlyList<AnswerInput>? Answers, string By) : ICommand<AnswersReceived>;

/// <summary>A paper form's answers.</summary>
/// <param name="Code">The code printed on the form, if it has one.</param>
/// <param name="Answers">One choice per question answered; the counted question is required.</param>
public sealed record EnterPaperAnswersRequest(string? Code, IReadOnlyList<AnswerInput>? Answers)
{
    internal EnterPaperAnswersCommand ToCommand(Guid waveId, string by) => new(waveId, Code, Answers, by);
}

internal sealed class EnterPaperAnswersValidator : AbstractValidator<EnterPaperAnswersCommand>
{
    public EnterPaperAnswersValidator()
    {
        RuleFor(c => c.Code).MaximumLength(20).Named("回答コード", "code");
        RuleFor(c => c.Answers).NotEmpty().MaxItems(30).Named("回答", "answers");
        RuleForEach(c => c.Answers).NotNull().SetValidator(new AnswerInputValidator());
    }
}

internal sealed class EnterPaperAnswersHandler(IndicatorsDbContext db, SurveyAnswering answering, TimeProvider clock)
    : ICommandHandler<EnterPaperAnswersCommand, AnswersReceived>
{
    public async ValueTask<AnswersReceived> Handle(EnterPaperAnswersCommand c, CancellationToken cancellationToken)
    {
        var wave = await db.SurveyWaves.SingleOrDefaultAsync(w => w.Id == c.WaveId, cancellationToken) ?? throw SurveyErrors.WaveNotFound();
        if (!string.IsNullOrWhiteSpace(c.Code))
        {
            var (code, codeWave) = await ResponseCodes.FindUnusedAsync(db, c.Code, forUpdate: true, cancellationToken);
            if (codeWave.Id != wave.Id)
            {
                throw SurveyErrors.CodeNotFound();
            }
            code.Use(clock.GetUtcNow());
        }
        return await answering.ReceiveAsync(wave, c.Answers!, c.By, cancellationToken);
    }
}
