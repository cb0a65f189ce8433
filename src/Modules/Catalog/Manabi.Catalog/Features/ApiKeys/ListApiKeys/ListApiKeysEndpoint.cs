using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.ApiKeys.ListApiKeys;

internal static class ListApiKeysEndpoint
{
    public static RouteHandlerBuilder MapListApiKeys(this IEndpointRouteBuilder group) => group
        .MapGet("/providers/{providerId:guid}/api-keys", async (Guid providerId, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListApiKeysQuery(providerId), ct)))
        .WithName("ListApiKeys")
        .WithSummary("List a provider's API keys")
        .WithDescription("Key ids, labels and dates; secrets are never shown again.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<ApiKeyResponse>>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
