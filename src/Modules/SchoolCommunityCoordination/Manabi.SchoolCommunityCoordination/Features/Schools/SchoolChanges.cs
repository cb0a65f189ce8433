using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Domain;

namespace Manabi.SchoolCommunityCoordination.Features.Schools;

internal static class SchoolChanges
{
    public static SchoolChangedIntegrationEvent Of(School s) =>
        new(s.Id, s.DistrictId, s.Kind, s.OpensOn, s.ClosesOn, [.. s.SmallYears.Select(y => y.FiscalYear)]);
}
