using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Features.Learners.GetHistory;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Learners.GetMyHistory;

internal static class GetMyHistoryEndpoint
{
    public static RouteHandlerBuilder MapGetMyHistory(this IEndpointRouteBuilder group) => group
        .MapGet("/learners/me/history", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetHistoryQuery(null, LearnerReader.Of(user) with { IsStaff = false }), ct)))
        .WithName("GetMyHistory")
        .WithSummary("My learning history")
        .WithDescription("Every stamp with its programme, provider, session date, credits and how it was recorded; totals per field and per fiscal year.")
        .RequireAuthorization(Policies.Learner)
        .Produces<LearningHistory>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
