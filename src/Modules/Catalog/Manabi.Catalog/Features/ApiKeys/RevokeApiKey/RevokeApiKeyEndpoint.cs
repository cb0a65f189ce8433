using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Contracts;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Data;
using Manabi.Catalog.Features.ApiKeys.VerifyPartnerApiKey;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.ApiKeys.RevokeApiKey;

internal static class RevokeApiKeyEndpoint
{
    public static RouteHandlerBuilder MapRevokeApiKey(this IEndpointRouteBuilder group) => group
        .MapDelete("/providers/{providerId:guid}/api-keys/{keyId}", async (Guid providerId, string keyId, ISender sender, CancellationToken ct) =>
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
