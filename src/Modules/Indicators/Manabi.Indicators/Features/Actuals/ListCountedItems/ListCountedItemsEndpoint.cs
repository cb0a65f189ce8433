using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Actuals.ListCountedItems;

internal static class ListCountedItemsEndpoint
{
    public static RouteHandlerBuilder MapListCountedItems(this IEndpointRouteBuilder group) => group
        .MapGet("/plans/{code}/measures/{measureCode}/items", async (string code, string measureCode, int? fiscalYear, int? offset, int? limit,
            ISender sender, CancellationToken ct) => ReusedJson.Ok(await sender.Send(new ListCountedItemsQuery(code, measureCode, fiscalYear, offset, limit), ct)))
        .ParametersCheckedBy<ListCountedItemsQuery>()
        .WithName("ListCountedItems")
        .WithSummary("What a computed value counted: the sessions, certifications, issues… behind it, by date")
        .WithDescription("Public, so anyone can check a number: `fiscalYear` is required; `offset` and `limit` (100 by default, 500 at most) page " +
            "through `total` items. A cumulative measure lists everything up to that year. Items that would name a person show only their date.")
        .AllowAnonymous()
        .CachedPublicly(0)
        .Produces<CountedItemsPage>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
