using Manabi.Indicators.Contracts;

namespace Manabi.Indicators.Domain;

/// <summary>
/// A survey instrument (調査票) behind a share measure: its questions, and for the one question the
/// share counts, which answers count as positive (for 23-1 「満足」「おおむね満足」「ふつう」).
/// </summary>
internal sealed class Survey
{
    private Survey() { }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    /// <summary><see cref="Computation.FestivalSurveyShare"/> (22-3) or <see cref="Computation.CenterSurveyShare"/> (23-1).</summary>
    public Computation Computation { get; private set; }
    public List<SurveyQuestion> Questions { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }

    public static readonly Computation[] ShareComputations = [Computation.FestivalSurveyShare, Computation.CenterSurveyShare];

    /// <summary>22-3 asks festival and forum groups, so each of its waves belongs to one such event.</summary>
    public bool WavesNeedOpportunity => Computation == Computation.FestivalSurveyShare;

    public SurveyQuestion CountedQuestion => Questions.Single(q => q.PositiveChoices.Count > 0);

    public static Survey Create(string code, string title, Computation computation, List<SurveyQuestion> questions, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), Code = code.Trim(), Title = title.Trim(), Computation = computation, Questions = questions, CreatedAt = now };
}

/// <summary>A question with its choices; <paramref name="PositiveChoices"/> is non-empty only for the question the share counts.</summary>
internal sealed record SurveyQuestion(string Code, string Text, IReadOnlyList<SurveyChoice> Choices, IReadOnlyList<string> PositiveChoices);

/// <summary>One answer on a choice scale.</summary>
internal sealed record SurveyChoice(string Code, string Label);

/// <summary>One round of a survey (調査回): a fiscal year, and for 22-3 the festival or forum it asked.</summary>
internal sealed class SurveyWave
{
    private SurveyWave() { }

    public Guid Id { get; private set; }
    public Guid SurveyId { get; private set; }
    public int FiscalYear { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>The Catalog opportunity (the festival or forum) the wave asked about.</summary>
    public Guid? OpportunityId { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }

    public static SurveyWave Open(Guid surveyId, int fiscalYear, string title, Guid? opportunityId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), SurveyId = surveyId, FiscalYear = fiscalYear, Title = title.Trim(), OpportunityId = opportunityId, OpenedAt = now };

    /// <summary>A response counts in the wave's fiscal year, even when it arrives (or is keyed in from paper) after the year ended.</summary>
    public DateOnly CountsOn(DateOnly today)
    {
        var year = new BuildingBlocks.Contracts.FiscalYear(FiscalYear);
        return today < year.FirstDay ? year.FirstDay : today > year.LastDay ? year.LastDay : today;
    }
}

/// <summary>A single-use code handed to one respondent (printed on a paper form, or given out at the event), so a wave cannot be stuffed.</summary>
internal sealed class ResponseCode
{
    private ResponseCode() { }

    public string Code { get; private set; } = "";
    public Guid WaveId { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static ResponseCode Issue(string code, Guid waveId, DateTimeOffset now) => new() { Code = code, WaveId = waveId, IssuedAt = now };

    public void Use(DateTimeOffset now) => UsedAt = now;
}

/// <summary>
/// One respondent's answers. Anonymous: it keeps no link to its code, so once used a code cannot tell
/// which answers it gave.
/// </summary>
internal sealed class SurveyAnswers
{
    private SurveyAnswers() { }

    public Guid Id { get; private set; }
    public Guid WaveId { get; private set; }
    public Dictionary<string, string> Answers { get; private set; } = [];
    public bool Positive { get; private set; }
    /// <summary>Null when the respondent sent it with a code; who keyed it in from paper otherwise.</summary>
    public string? EnteredBy { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }

    public static SurveyAnswers Receive(SurveyWave wave, Survey survey, Dictionary<string, string> answers, string? enteredBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), WaveId = wave.Id, Answers = answers, EnteredBy = enteredBy, ReceivedAt = now,
        Positive = answers.TryGetValue(survey.CountedQuestion.Code, out var answer) && survey.CountedQuestion.PositiveChoices.Contains(answer),
    };
}
