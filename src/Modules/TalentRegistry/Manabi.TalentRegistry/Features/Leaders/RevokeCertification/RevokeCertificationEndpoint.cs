using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.RevokeCertification;

internal static class RevokeCertificationEndpoint
{
    public static RouteHandlerBuilder MapRevokeCertification(this IEndpointRouteBuilder group) => group
        .MapPost("/leader-certifications/{id:guid}/revoke", async (Guid id, RevokeCertificationRequest request, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(request.ToCommand(id), ct);
            return Results.NoContent();
        })
        .WithName("RevokeCertification")
        .WithSummary("Revoke a leader certification (staff)")
        .WithDescription("Its credential shows as revoked in the status list at once (verifiers' caches hold it up to 60 s); the person " +
            "keeps the `CommunityLeader` role only if another certification stands. Revoking again changes nothing.")
        .RequireAuthorization(Policies.Staff)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
