using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Classification.UpdateVenue;

internal static class UpdateVenueEndpoint
{
    public static RouteHandlerBuilder MapUpdateVenue(this IEndpointRouteBuilder group) => group
        .MapPut("/venues/{id:guid}", Handle)
        .WithName("UpdateVenue")
        .WithSummary("Update a venue")
        .WithDescription("Staff correct a venue (shared by every provider, so partners ask the board). Every opportunity with a " +
            "session there changes with it in search and the feed. Send the `ETag` you read in `If-Match`: without it the answer is 428, " +
            "with a stale one 412.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<VenueResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired)
        .ProducesAuthProblems();

    private static async Task<IResult> Handle(Guid id, UpdateVenueRequest body, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var expected = ETags.RequireIfMatch(request);
        return VersionedResults.Ok(request.HttpContext.Response, await sender.Send(body.ToCommand(id, expected), cancellationToken));
    }
}
