using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Stamps.GetCheckInCode;

internal static class GetCheckInCodeEndpoint
{
    public static RouteHandlerBuilder MapGetCheckInCode(this IEndpointRouteBuilder group) => group
        .MapGet("/sessions/{sessionId:guid}/check-in-code", async (Guid sessionId, ClaimsPrincipal user, ISender sender, HttpResponse response, CancellationToken ct) =>
        {
            response.Headers.CacheControl = "no-store";
            return Results.Ok(await sender.Send(new GetCheckInCodeQuery(sessionId, user.PartnerProviderId()), ct));
        })
        .WithName("GetCheckInCode")
        .WithSummary("The rotating check-in code of a session")
        .WithDescription("Staff, or the session's provider, show it at the venue as a QR code. It changes every 30 seconds; fetch it again by `validUntil`.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Produces<CheckInCodeResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
