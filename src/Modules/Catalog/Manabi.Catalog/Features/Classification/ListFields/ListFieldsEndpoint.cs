using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Classification.ListFields;

internal static class ListFieldsEndpoint
{
    public static RouteHandlerBuilder MapListFields(this IEndpointRouteBuilder group) => group
        .MapGet("/fields", async (ISender sender, HttpResponse response, CancellationToken ct) =>
        {
            response.Headers.CacheControl = "public, max-age=3600";
            return Results.Ok(await sender.Send(new ListFieldsQuery(), ct));
        })
        .WithName("ListFields")
        .WithSummary("The field taxonomy")
        .WithDescription("Two levels; filter search by a top-level code to include all its sub-fields.")
        .AllowAnonymous()
        .CachedPublicly(3600)
        .Produces<IReadOnlyList<FieldResponse>>();
}
