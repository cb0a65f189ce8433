using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.PlanActivity;

/// <summary>A collaborative activity (地域学校協働活動).</summary>
/// <param name="DistrictId">The district (one of the coordinator's).</param>
/// <param name="SchoolIds">The district's schools it serves (may be empty for a district-wide one).</param>
/// <param name="Kind">SchoolSupport, AfterSchoolWeekend, CommunityEventLink, FamilyEducationSupport or Other.</param>
/// <param name="Title">What it is, e.g. 土曜ふれあい体験教室.</param>
/// <param name="CoordinatorRun">Whether a coordinator plans and runs it.</param>
public sealed record PlanActivityRequest(Guid? DistrictId, IReadOnlyList<Guid>? SchoolIds, CollaborationKind? Kind, string? Title, bool? CoordinatorRun)
{
    internal PlanActivityCommand ToCommand(Caller caller) => new(DistrictId, SchoolIds, Kind, Title, CoordinatorRun, caller);
}
