using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Activities.VoidActivity;

internal static class VoidActivityEndpoint
{
    public static RouteHandlerBuilder MapVoidActivity(this IEndpointRouteBuilder group) => group
        .MapPost("/activities/{id:guid}/void", async (Guid id, VoidActivityRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id), ct)))
        .WithName("VoidActivity")
        .WithSummary("Void an activity record (staff)")
        .WithDescription("The record stays in the person's history with the reason and no longer counts (26-2). Voiding twice changes nothing.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<ActivityResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
