using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Learners.GetLearner;

internal static class GetLearnerEndpoint
{
    public static RouteHandlerBuilder MapGetLearner(this IEndpointRouteBuilder group) => group
        .MapGet("/learners/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetLearnerQuery(id, LearnerReader.Of(user)), ct)))
        .WithName("GetLearner")
        .WithSummary("A learner's passbook")
        .WithDescription("Staff read any learner (each read is written to the audit log); a learner only their own.")
        .RequireAuthorization(Policies.LearnerOrStaff)
        .Produces<LearnerResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
