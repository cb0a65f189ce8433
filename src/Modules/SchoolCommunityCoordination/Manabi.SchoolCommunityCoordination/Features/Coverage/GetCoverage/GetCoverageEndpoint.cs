using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Coverage.GetCoverage;

internal static class GetCoverageEndpoint
{
    public static RouteHandlerBuilder MapGetCoverage(this IEndpointRouteBuilder group) => group
        .MapGet("/coverage", async (int? fiscalYear, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new GetCoverageQuery(fiscalYear), ct)))
        .ParametersCheckedBy<GetCoverageQuery>()
        .WithName("GetCoverage")
        .WithSummary("Community–school coverage for a fiscal year: 25-1, 25-2, 25-3 (staff)")
        .WithDescription("Computed from the commissions and held sessions recorded (this fiscal year unless `fiscalYear` says). Each share " +
            "lists what counted, what is not covered yet and why (no coordinator, no held activity: where to act), and what was " +
            "excluded and why (small schools that year, no open school). `SchoolCommunity:SmallDistrictRule` decides which districts " +
            "are small-school-only.")
        .RequireAuthorization(Policies.Staff)
        .Produces<CoverageResponse>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
