using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Classification.RegisterVenue;

internal static class RegisterVenueEndpoint
{
    public static RouteHandlerBuilder MapRegisterVenue(this IEndpointRouteBuilder group) => group
        .MapPost("/venues", async (RegisterVenueRequest request, ISender sender, CancellationToken ct) =>
        {
            var venue = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/catalog/venues/{venue.Id}", venue);
        })
        .WithName("RegisterVenue")
        .WithSummary("Register a venue")
        .WithDescription("Venues are shared: look for an existing one first. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Idempotent()
        .Produces<VenueResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesAuthProblems();
}
