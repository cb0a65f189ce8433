using Manabi.Indicators.Contracts;

namespace Manabi.Indicators.Features.Surveys.CreateSurvey;

/// <summary>A survey instrument to define.</summary>
/// <param name="Code">Its code, e.g. <c>center-users</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Computation">FestivalSurveyShare (22-3) or CenterSurveyShare (23-1).</param>
/// <param name="Questions">Its questions; exactly one lists the positive choices the share counts.</param>
public sealed record CreateSurveyRequest(string? Code, string? Title, Computation? Computation, IReadOnlyList<QuestionInput>? Questions)
{
    internal CreateSurveyCommand ToCommand() => new(Code, Title, Computation, Questions);
}

/// <summary>A question.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Text">What it asks.</param>
/// <param name="Choices">Its answers, in order.</param>
/// <param name="PositiveChoices">The choice codes that count as positive; only for the one question the share counts.</param>
public sealed record QuestionInput(string? Code, string? Text, IReadOnlyList<ChoiceInput>? Choices, IReadOnlyList<string>? PositiveChoices);

/// <summary>One answer on the scale.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Label">What the respondent reads.</param>
public sealed record ChoiceInput(string? Code, string? Label);
