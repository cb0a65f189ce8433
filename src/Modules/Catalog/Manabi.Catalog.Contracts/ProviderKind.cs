namespace Manabi.Catalog.Contracts;

/// <summary>What kind of organization offers learning opportunities.</summary>
public enum ProviderKind
{
    /// <summary>市教委 — the board of education (operator of Manabi).</summary>
    BoardOfEducation,
    /// <summary>市 — a city department.</summary>
    CityDepartment,
    /// <summary>市民団体 — a citizen group or NPO.</summary>
    CitizenGroup,
    /// <summary>大学 — a university or college.</summary>
    University,
    /// <summary>企業 — a business.</summary>
    Business,
    /// <summary>学校 — a school.</summary>
    School,
    /// <summary>Anything else.</summary>
    Other,
}
