using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Stamps.VoidStamp;

internal static class VoidStampEndpoint
{
    public static RouteHandlerBuilder MapVoidStamp(this IEndpointRouteBuilder group) => group
        .MapPost("/stamps/{id:guid}/void", async (Guid id, VoidStampRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(request.ToCommand(id, user.PartnerProviderId(), user.Actor()), ct);
            return Results.NoContent();
        })
        .WithName("VoidStamp")
        .WithSummary("Void a stamp")
        .WithDescription("Staff, or the provider that gave it. The stamp stays in the audit trail; its credits no longer count, and a " +
            "commendation that depended on them is withdrawn. Voiding twice is harmless.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
