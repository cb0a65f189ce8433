using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Domain;

namespace Manabi.SchoolCommunityCoordination.Features.Schools;

/// <summary>A school.</summary>
/// <param name="Id">The school.</param>
/// <param name="Code">The city's code for it.</param>
/// <param name="Name">e.g. 千歳市立千歳小学校.</param>
/// <param name="Kind">Elementary, JuniorHigh or Compulsory (義務教育学校).</param>
/// <param name="DistrictId">Its junior-high school district.</param>
/// <param name="OpensOn">When it opened, if recorded.</param>
/// <param name="ClosesOn">Its last day, once it closes.</param>
/// <param name="SmallYears">Fiscal years in which it is flagged small (小規模校), with the reason.</param>
public sealed record SchoolResponse(
    Guid Id, string Code, string Name, SchoolKind Kind, Guid DistrictId, DateOnly? OpensOn, DateOnly? ClosesOn, IReadOnlyList<SmallYearResponse> SmallYears)
{
    internal static SchoolResponse From(School s) => new(s.Id, s.Code, s.Name, s.Kind, s.DistrictId, s.OpensOn, s.ClosesOn,
        [.. s.SmallYears.Select(y => new SmallYearResponse(y.FiscalYear, y.Reason))]);
}

/// <summary>A fiscal year in which a school is small.</summary>
/// <param name="FiscalYear">2026 = 2026年度.</param>
/// <param name="Reason">Why, e.g. 学級数が標準の12学級未満.</param>
public sealed record SmallYearResponse(int FiscalYear, string Reason);

/// <summary>A junior-high school district and its schools.</summary>
/// <param name="Id">The district.</param>
/// <param name="Code">The city's code for it.</param>
/// <param name="Name">e.g. 千歳中学校区.</param>
/// <param name="Schools">Its schools, by name.</param>
public sealed record DistrictResponse(Guid Id, string Code, string Name, IReadOnlyList<SchoolResponse> Schools);
