using Manabi.SchoolCommunityCoordination.Domain;

namespace Manabi.SchoolCommunityCoordination.Features.Coordinators;

/// <summary>A coordinator's commission.</summary>
/// <param name="Id">The commission.</param>
/// <param name="PersonId">The coordinator (a TalentRegistry person).</param>
/// <param name="DistrictIds">The districts they serve.</param>
/// <param name="From">First day.</param>
/// <param name="Until">Last day, if set.</param>
/// <param name="EndReason">Why it ended early.</param>
public sealed record CommissionResponse(Guid Id, Guid PersonId, IReadOnlyList<Guid> DistrictIds, DateOnly From, DateOnly? Until, string? EndReason)
{
    internal static CommissionResponse Of(Commission c) => new(c.Id, c.PersonId, c.DistrictIds, c.From, c.Until, c.EndReason);
}
