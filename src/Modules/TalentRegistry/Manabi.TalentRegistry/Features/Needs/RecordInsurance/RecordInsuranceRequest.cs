namespace Manabi.TalentRegistry.Features.Needs.RecordInsurance;

/// <summary>The fiscal year the volunteer insurance (ボランティア活動保険) was taken out for.</summary>
/// <param name="FiscalYear">2026 for 2026年度 (covered to 31 March 2027).</param>
public sealed record RecordInsuranceRequest(int? FiscalYear)
{
    internal RecordInsuranceCommand ToCommand(Guid personId) => new(personId, FiscalYear);
}
