namespace Manabi.TalentRegistry.Features.People;

/// <summary>The city's registration rules (<c>TalentRegistry</c> section).</summary>
internal sealed class TalentOptions
{
    public const string Section = "TalentRegistry";

    /// <summary>Applicants must be at least this old in the year they apply.</summary>
    public int MinimumAge { get; set; } = 18;

    /// <summary>How many fiscal years after the current one a registration term runs (1: to the end of the next fiscal year).</summary>
    public int TermFiscalYearsAfterThis { get; set; } = 1;
}
