using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.CompleteNeed;

internal static class CompleteNeedEndpoint
{
    public static RouteHandlerBuilder MapCompleteNeed(this IEndpointRouteBuilder group) => group
        .MapPost("/needs/{id:guid}/complete", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new CompleteNeedCommand(id, user.Actor()), ct)))
        .WithName("CompleteNeed")
        .WithSummary("Close a need after its dates; its assignments become activity records (staff)")
        .WithDescription("One record per accepted person per date, counted once (as any activity). Before the last date it is 422 `need-not-over`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<NeedResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
