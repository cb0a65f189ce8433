using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Providers.UpdateProvider;

internal static class UpdateProviderEndpoint
{
    public static RouteHandlerBuilder MapUpdateProvider(this IEndpointRouteBuilder group) => group
        .MapPut("/providers/{id:guid}", Handle)
        .WithName("UpdateProvider")
        .WithSummary("Update a provider")
        .WithDescription("Replaces the provider's descriptive fields. Send the `ETag` you read in `If-Match`: without it the answer is 428, with a stale one 412.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<ProviderResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired)
        .ProducesAuthProblems();

    private static async Task<IResult> Handle(Guid id, UpdateProviderRequest body, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var expected = ETags.RequireIfMatch(request);
        return VersionedResults.Ok(request.HttpContext.Response, await sender.Send(body.ToCommand(id, expected), cancellationToken));
    }
}
