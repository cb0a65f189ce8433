using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Learners.GetHistory;

internal static class GetHistoryEndpoint
{
    public static RouteHandlerBuilder MapGetHistory(this IEndpointRouteBuilder group) => group
        .MapGet("/learners/{id:guid}/history", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetHistoryQuery(id, LearnerReader.Of(user)), ct)))
        .WithName("GetHistory")
        .WithSummary("A learner's learning history")
        .WithDescription("Staff (audited) or the learner themselves; anyone else's answers 404.")
        .RequireAuthorization(Policies.LearnerOrStaff)
        .Produces<LearningHistory>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
