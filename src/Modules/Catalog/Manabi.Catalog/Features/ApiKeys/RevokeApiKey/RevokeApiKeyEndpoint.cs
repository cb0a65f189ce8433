using FluentValidation;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.ApiKeys.RevokeApiKey;

internal static class RevokeApiKeyEndpoint
{
    public static RouteHandlerBuilder MapRevokeApiKey(this IEndpointRouteBuilder group) => group
        .MapDelete("/providers/{providerId:guid}/api-keys/{keyId:maxlength(32)}", async (Guid providerId, string keyId, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new RevokeApiKeyCommand(providerId, keyId), ct);
            return Results.NoContent();
        })
        .WithName("RevokeApiKey")
        .WithSummary("Revoke a partner API key")
        .WithDescription("The key stops working at once; on other API replicas within `Auth:ApiKeys:CacheFor` (30 s by default).")
        .RequireAuthorization(Policies.Staff)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
