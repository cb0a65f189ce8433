namespace Manabi.SchoolCommunityCoordination.Features.Coverage;

/// <summary>The plan's three community–school measures for one fiscal year, each with what lies behind it.</summary>
/// <param name="FiscalYear">2026 = 2026年度.</param>
/// <param name="Districts">25-1: districts with a commissioned coordinator and at least one held activity.</param>
/// <param name="ElementarySchools">25-2: elementary schools with a held after-school or weekend activity planned and run by a coordinator.</param>
/// <param name="Volume">25-3: held sessions and volunteer participations.</param>
public sealed record CoverageResponse(int FiscalYear, CoverageShare Districts, CoverageShare ElementarySchools, ActivityVolume Volume);

/// <summary>A share and the list behind it.</summary>
/// <param name="Counted">How many are covered.</param>
/// <param name="Eligible">How many could be (after exclusions).</param>
/// <param name="Share">Counted over eligible, 0–1; null when nothing is eligible.</param>
/// <param name="Covered">What counted.</param>
/// <param name="NotCovered">What is eligible but not yet covered, each with why: where the board can act.</param>
/// <param name="Excluded">What was left out of the share, each with why.</param>
public sealed record CoverageShare(
    int Counted, int Eligible, decimal? Share, IReadOnlyList<CoverageItem> Covered, IReadOnlyList<CoverageItem> NotCovered, IReadOnlyList<CoverageItem> Excluded);

/// <summary>A district or school in a coverage list.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Reason">Why it is not covered or excluded (Japanese); null when covered.</param>
public sealed record CoverageItem(Guid Id, string Name, string? Reason);

/// <summary>25-3 for the year.</summary>
/// <param name="SessionsHeld">Activity sessions held.</param>
/// <param name="RegisteredParticipations">Participations of registered volunteers (one per person per session).</param>
/// <param name="UnregisteredHelpers">Helpers who are not registered.</param>
/// <param name="VolunteerParticipations">延活動人数: the two together.</param>
public sealed record ActivityVolume(int SessionsHeld, int RegisteredParticipations, int UnregisteredHelpers, int VolunteerParticipations);
