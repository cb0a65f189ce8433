namespace Manabi.SchoolCommunityCoordination;

/// <summary>Configuration section <c>SchoolCommunity</c>.</summary>
internal sealed class CoverageOptions
{
    public const string Section = "SchoolCommunity";

    /// <summary>When a district counts as small-school-only and is left out of 25-1.</summary>
    public SmallDistrictRule SmallDistrictRule { get; set; } = SmallDistrictRule.AllSchoolsSmall;
}

/// <summary>Which districts 25-1 leaves out as small-school-only (小規模校のみ).</summary>
internal enum SmallDistrictRule
{
    /// <summary>Every school of the district open that year is flagged small (the default: one ordinary school makes the district count).</summary>
    AllSchoolsSmall,
    /// <summary>The district's junior-high (or compulsory-education) school is flagged small that year.</summary>
    JuniorHighSmall,
}
