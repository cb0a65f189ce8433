namespace Manabi.TalentRegistry.Features.People;

/// <summary>The city's registration rules (<c>TalentRegistry</c> section).</summary>
internal sealed class TalentOptions
{
    public const string Section = "TalentRegistry";

    /// <summary>Applicants must be at least this old in the year they apply.</summary>
    public int MinimumAge { get; set; } = 18;

    /// <summary>How many fiscal years after the current one a registration term runs (1: to the end of the next fiscal year).</summary>
    public int TermFiscalYearsAfterThis { get; set; } = 1;

    /// <summary>
    /// Trainings a role needs before it is matched, by role: children supporters take the
    /// safeguarding course (子どもの安全と見守りの研修). Configure per city.
    /// </summary>
    public Dictionary<string, string[]> RequiredTrainings { get; set; } = new(StringComparer.Ordinal)
    {
        ["ChildrenSupporter"] = ["child-safeguarding"],
    };

    /// <summary>How long a completed training counts.</summary>
    public int TrainingValidYears { get; set; } = 3;

    public IReadOnlyList<string> TrainingsFor(Contracts.TalentRole role) => RequiredTrainings.GetValueOrDefault(role.ToString()) ?? [];
}
