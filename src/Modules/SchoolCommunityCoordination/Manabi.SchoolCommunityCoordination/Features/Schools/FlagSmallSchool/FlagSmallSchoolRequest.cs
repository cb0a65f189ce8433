namespace Manabi.SchoolCommunityCoordination.Features.Schools.FlagSmallSchool;

/// <summary>Whether the school is small in that fiscal year.</summary>
/// <param name="Small">true to flag it, false to clear the flag.</param>
/// <param name="Reason">Why it is small (required with true), e.g. 学級数が標準の12学級未満.</param>
public sealed record FlagSmallSchoolRequest(bool? Small, string? Reason)
{
    internal FlagSmallSchoolCommand ToCommand(Guid id, int fiscalYear) => new(id, fiscalYear, Small, Reason);
}
