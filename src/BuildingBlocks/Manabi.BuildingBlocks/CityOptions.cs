namespace Manabi.BuildingBlocks;

/// <summary>
/// Configuration section <c>City</c>: which municipality this deployment serves. Everything
/// city-specific (open-data codes, names on certificates) comes from here, not from code.
/// </summary>
public sealed class CityOptions
{
    public const string Section = "City";

    /// <summary>全国地方公共団体コード (6 digits with check digit), e.g. 012246 for Chitose.</summary>
    public string LocalGovernmentCode { get; set; } = "";

    public string PrefectureName { get; set; } = "";
    public string MunicipalityName { get; set; } = "";

    /// <summary>Public web address of the city's learning portal, used for links in exports.</summary>
    public string? PortalUrl { get; set; }
}
