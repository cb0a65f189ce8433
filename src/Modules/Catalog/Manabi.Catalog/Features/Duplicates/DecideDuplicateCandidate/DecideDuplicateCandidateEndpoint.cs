using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Duplicates.DecideDuplicateCandidate;

internal static class DecideDuplicateCandidateEndpoint
{
    public static RouteHandlerBuilder MapDecideDuplicateCandidate(this IEndpointRouteBuilder group) => group
        .MapPost("/duplicates/{id:guid}/verdict", async (Guid id, DecideDuplicateCandidateRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(request.ToCommand(id, user.FindFirst(ManabiClaims.Subject)?.Value ?? "staff"), ct);
            return Results.NoContent();
        })
        .WithName("DecideDuplicateCandidate")
        .WithSummary("Judge a duplicate candidate")
        .WithDescription("Staff: Distinct or Same. The pair is not raised again either way; nothing is changed for the providers.")
        .RequireAuthorization(Policies.Staff)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
