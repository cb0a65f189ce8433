using Manabi.SchoolCommunityCoordination.Contracts;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.RegisterSchool;

/// <summary>A school.</summary>
/// <param name="Code">The city's code for it (lower-case letters, digits, hyphens).</param>
/// <param name="Name">e.g. 千歳市立千歳小学校.</param>
/// <param name="Kind">Elementary, JuniorHigh or Compulsory (義務教育学校).</param>
/// <param name="DistrictId">Its junior-high school district.</param>
/// <param name="OpensOn">When it opened (optional).</param>
/// <param name="ClosesOn">Its last day, when it is to close.</param>
public sealed record RegisterSchoolRequest(string? Code, string? Name, SchoolKind? Kind, Guid? DistrictId, DateOnly? OpensOn, DateOnly? ClosesOn)
{
    internal RegisterSchoolCommand ToCommand() => new(Code, Name, Kind, DistrictId, OpensOn, ClosesOn);
}
