using Manabi.Indicators.Contracts;
using Manabi.Indicators.Domain;

namespace Manabi.Indicators.Features.Surveys;

/// <summary>A survey instrument.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Code">Its code.</param>
/// <param name="Title">Its title.</param>
/// <param name="Computation">The share it feeds: FestivalSurveyShare (22-3) or CenterSurveyShare (23-1).</param>
/// <param name="Questions">Its questions; the one with positive choices is the one the share counts.</param>
public sealed record SurveyView(Guid Id, string Code, string Title, Computation Computation, IReadOnlyList<QuestionView> Questions)
{
    internal static SurveyView From(Survey s) => new(s.Id, s.Code, s.Title, s.Computation,
        [.. s.Questions.Select(q => new QuestionView(q.Code, q.Text, [.. q.Choices.Select(c => new ChoiceView(c.Code, c.Label))], q.PositiveChoices))]);
}

/// <summary>A question.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Text">What it asks.</param>
/// <param name="Choices">Its answers, in order.</param>
/// <param name="PositiveChoices">The answers the share counts as positive (empty for other questions).</param>
public sealed record QuestionView(string Code, string Text, IReadOnlyList<ChoiceView> Choices, IReadOnlyList<string> PositiveChoices);

/// <summary>One answer on the scale.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Label">What the respondent reads.</param>
public sealed record ChoiceView(string Code, string Label);

/// <summary>A survey round.</summary>
/// <param name="Id">Its id.</param>
/// <param name="SurveyId">Its survey.</param>
/// <param name="FiscalYear">The fiscal year its answers count in.</param>
/// <param name="Title">e.g. 「令和8年度 市民活動フェスティバル 参加団体アンケート」.</param>
/// <param name="OpportunityId">The festival or forum (a Catalog opportunity) for 22-3.</param>
public sealed record WaveView(Guid Id, Guid SurveyId, int FiscalYear, string Title, Guid? OpportunityId)
{
    internal static WaveView From(SurveyWave w) => new(w.Id, w.SurveyId, w.FiscalYear, w.Title, w.OpportunityId);
}

/// <summary>An answer given: which choice for which question.</summary>
/// <param name="Question">The question's code.</param>
/// <param name="Choice">The chosen answer's code.</param>
public sealed record AnswerInput(string? Question, string? Choice);

/// <summary>Answers received and how the wave stands now.</summary>
/// <param name="WaveId">The wave.</param>
/// <param name="Responses">Responses so far.</param>
/// <param name="Positive">Of which positive.</param>
public sealed record AnswersReceived(Guid WaveId, int Responses, int Positive);
