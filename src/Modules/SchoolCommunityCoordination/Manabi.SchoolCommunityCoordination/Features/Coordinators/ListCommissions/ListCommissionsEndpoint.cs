using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Coordinators.ListCommissions;

internal static class ListCommissionsEndpoint
{
    public static RouteHandlerBuilder MapListCommissions(this IEndpointRouteBuilder group) => group
        .MapGet("/commissions", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListCommissionsQuery(), ct)))
        .WithName("ListCommissions")
        .WithSummary("Coordinators' commissions (staff)")
        .WithDescription("Newest first (up to 1,000), ended ones with their reason.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<CommissionResponse>>()
        .ProducesAuthProblems();
}
