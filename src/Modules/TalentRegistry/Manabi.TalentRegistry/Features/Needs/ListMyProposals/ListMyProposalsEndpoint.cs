using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.ListMyProposals;

internal static class ListMyProposalsEndpoint
{
    public static RouteHandlerBuilder MapListMyProposals(this IEndpointRouteBuilder group) => group
        .MapGet("/people/me/proposals", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListMyProposalsQuery(user.LoginSubject()), ct)))
        .WithName("ListMyProposals")
        .WithSummary("Needs I was asked to help with")
        .WithDescription("The caller's own proposals, newest need first: only theirs, never who else was asked.")
        .RequireAuthorization(Policies.Learner)
        .Produces<IReadOnlyList<ProposalResponse>>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
