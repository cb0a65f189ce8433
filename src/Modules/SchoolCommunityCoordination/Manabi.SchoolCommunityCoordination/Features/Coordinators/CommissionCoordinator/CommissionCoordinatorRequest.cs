namespace Manabi.SchoolCommunityCoordination.Features.Coordinators.CommissionCoordinator;

/// <summary>A commission.</summary>
/// <param name="PersonId">An active TalentRegistry person with the ChildrenSupporter or CommunityLeader role; their login gets the coordinator's view.</param>
/// <param name="DistrictIds">The districts they serve.</param>
/// <param name="From">First day.</param>
/// <param name="Until">Last day (often 31 March), if set.</param>
public sealed record CommissionCoordinatorRequest(Guid? PersonId, IReadOnlyList<Guid>? DistrictIds, DateOnly? From, DateOnly? Until)
{
    internal CommissionCoordinatorCommand ToCommand() => new(PersonId, DistrictIds, From, Until);
}
