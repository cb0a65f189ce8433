using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.ApiKeys.IssueApiKey;

internal static class IssueApiKeyEndpoint
{
    // Deliberately not idempotent: a replay would have to store the plain key to return it again.
    public static RouteHandlerBuilder MapIssueApiKey(this IEndpointRouteBuilder group) => group
        .MapPost("/providers/{providerId:guid}/api-keys", Handle)
        .WithName("IssueApiKey")
        .WithSummary("Issue a partner API key")
        .WithDescription("Returns the key once; only a keyed hash is stored. A provider may hold several active keys, so rotate by issuing a new one, switching over, then revoking the old one.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IssuedApiKeyResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();

    private static async Task<IResult> Handle(Guid providerId, IssueApiKeyRequest? request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var issued = await sender.Send((request ?? new IssueApiKeyRequest(null, null)).ToCommand(providerId), cancellationToken);
        response.Headers.CacheControl = "no-store";
        return Results.Created($"/api/v1/catalog/providers/{providerId}/api-keys/{issued.KeyId}", issued);
    }
}
