using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.DeliveryLectures.MoveLectureRequest;

internal static class MoveLectureRequestEndpoint
{
    public static RouteHandlerBuilder MapMoveLectureRequest(this IEndpointRouteBuilder group) => group
        .MapPost("/delivery-lectures/requests/{id:guid}/status", async (Guid id, MoveLectureRequestRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id, user.Actor()), ct)))
        .WithName("MoveLectureRequest")
        .WithSummary("Move a delivery-lecture request on")
        .WithDescription("Staff broker the request: requested → arranging → scheduled → delivered, or declined / cancelled with a reason. " +
            "Delivering tells the indicators (sessions and participants of board-brokered learning).")
        .RequireAuthorization(Policies.Staff)
        .Produces<LectureRequestResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
