namespace Manabi.Indicators;

/// <summary>Configuration section <c>Indicators</c>.</summary>
internal sealed class IndicatorsOptions
{
    public const string Section = "Indicators";

    /// <summary>The bundled plan loaded when it is not in the database yet (<c>chitose</c>); empty for none, when a city loads its own.</summary>
    public string SeedPlan { get; set; } = "chitose";

    /// <summary>A survey share from fewer responses than this is shown as not reliable (default 30, where a 95 % interval is about ±15 points at worst).</summary>
    public int MinimumSurveyResponses { get; set; } = 30;

    /// <summary>
    /// How long a replica gives a report or drill-down page again without checking it against the
    /// database: the longest a change made through another replica takes to show there.
    /// </summary>
    public TimeSpan AnswersFreshFor { get; set; } = TimeSpan.FromMilliseconds(250);
}
