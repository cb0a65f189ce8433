using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Features.Learners.GetLearner;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Learners.GetMyPassbook;

internal static class GetMyPassbookEndpoint
{
    public static RouteHandlerBuilder MapGetMyPassbook(this IEndpointRouteBuilder group) => group
        .MapGet("/learners/me", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetLearnerQuery(null, LearnerReader.Of(user) with { IsStaff = false }), ct)))
        .WithName("GetMyPassbook")
        .WithSummary("My passbook")
        .WithDescription("The calling learner's own registration and passbook.")
        .RequireAuthorization(Policies.Learner)
        .Produces<LearnerResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
