using Manabi.BuildingBlocks.Contracts;
using Manabi.Indicators.Features.Actuals;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Surveys;

/// <summary>
/// Takes one response for a wave, checked against its survey's questions, and counts it in the
/// share's year in the same transaction: 1 when its counted answer is positive, 0 otherwise, so
/// the share is the counter over its responses.
/// </summary>
internal sealed class SurveyAnswering(IndicatorsDbContext db, Tally tally, TimeProvider clock)
{
    public async Task<AnswersReceived> ReceiveAsync(SurveyWave wave, IReadOnlyList<AnswerInput> given, string? enteredBy, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.SingleAsync(s => s.Id == wave.SurveyId, cancellationToken);
        var answers = Check(survey, given);
        var now = clock.GetUtcNow();
        var received = SurveyAnswers.Receive(wave, survey, answers, enteredBy, now);
        db.SurveyAnswers.Add(received);
        await tally.RecordAsync(survey.Computation, received.Id.ToString(), wave.CountsOn(DateOnly.FromDateTime(JapanTime.Of(now).DateTime)),
            received.Positive ? 1 : 0, true, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var responses = await db.SurveyAnswers.Where(a => a.WaveId == wave.Id).CountAsync(cancellationToken);
        var positive = await db.SurveyAnswers.Where(a => a.WaveId == wave.Id && a.Positive).CountAsync(cancellationToken);
        return new(wave.Id, responses, positive);
    }

    private static Dictionary<string, string> Check(Survey survey, IReadOnlyList<AnswerInput> given)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < given.Count; i++)
        {
            var question = survey.Questions.SingleOrDefault(q => q.Code == given[i].Question)
                ?? throw SurveyErrors.Invalid($"answers[{i}].question", "このアンケートにない設問です。", "The survey has no such question.");
            if (question.Choices.All(c => c.Code != given[i].Choice))
            {
                throw SurveyErrors.Invalid($"answers[{i}].choice", "この設問にない選択肢です。", "The question has no such choice.");
            }
            if (!answers.TryAdd(question.Code, given[i].Choice!))
            {
                throw SurveyErrors.Invalid($"answers[{i}].question", "同じ設問に二度答えています。", "The question is answered twice.");
            }
        }
        if (!answers.ContainsKey(survey.CountedQuestion.Code))
        {
            throw SurveyErrors.Invalid("answers", $"設問「{survey.CountedQuestion.Text}」への回答が必要です。", $"The question \"{survey.CountedQuestion.Code}\" must be answered.");
        }
        return answers;
    }
}
