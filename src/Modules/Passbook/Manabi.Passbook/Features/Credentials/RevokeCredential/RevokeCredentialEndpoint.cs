using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Credentials.RevokeCredential;

internal static class RevokeCredentialEndpoint
{
    public static RouteHandlerBuilder MapRevokeCredential(this IEndpointRouteBuilder group) => group
        .MapPost("/credentials/{id:guid}/revoke", async (Guid id, RevokeCredentialRequest request, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(request.ToCommand(id), ct);
            return Results.NoContent();
        })
        .WithName("RevokeCredential")
        .WithSummary("Revoke a credential")
        .WithDescription("Staff. Its status turns to `revoked` for every verifier. Revoking twice is harmless.")
        .RequireAuthorization(Policies.Staff)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
