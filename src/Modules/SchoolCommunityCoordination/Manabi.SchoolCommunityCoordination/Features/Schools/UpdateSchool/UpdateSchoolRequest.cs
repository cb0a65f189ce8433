using Manabi.SchoolCommunityCoordination.Contracts;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.UpdateSchool;

/// <summary>A school's corrected details (the code stays).</summary>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Elementary, JuniorHigh or Compulsory.</param>
/// <param name="DistrictId">Its junior-high school district.</param>
/// <param name="OpensOn">When it opened.</param>
/// <param name="ClosesOn">Its last day: after the fiscal year it falls in, it stops counting.</param>
public sealed record UpdateSchoolRequest(string? Name, SchoolKind? Kind, Guid? DistrictId, DateOnly? OpensOn, DateOnly? ClosesOn)
{
    internal UpdateSchoolCommand ToCommand(Guid id) => new(id, Name, Kind, DistrictId, OpensOn, ClosesOn);
}
