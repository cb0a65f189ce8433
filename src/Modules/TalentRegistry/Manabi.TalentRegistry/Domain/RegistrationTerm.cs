using Manabi.BuildingBlocks.Contracts;

namespace Manabi.TalentRegistry.Domain;

/// <summary>Registrations run to a fiscal year's 31 March: by default the end of the next fiscal year.</summary>
internal static class RegistrationTerm
{
    /// <param name="now">When the term starts.</param>
    /// <param name="fiscalYearsAfterThis">0: this fiscal year's 31 March; 1 (default): the next one's.</param>
    public static DateOnly EndingFrom(DateTimeOffset now, int fiscalYearsAfterThis) =>
        new(FiscalYear.Of(now).StartYear + 1 + fiscalYearsAfterThis, 3, 31);
}
