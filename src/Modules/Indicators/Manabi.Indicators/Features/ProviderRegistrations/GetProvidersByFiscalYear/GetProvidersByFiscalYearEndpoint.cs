using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.ProviderRegistrations.GetProvidersByFiscalYear;

internal static class GetProvidersByFiscalYearEndpoint
{
    public static RouteHandlerBuilder MapGetProvidersByFiscalYear(this IEndpointRouteBuilder group) => group
        .MapGet("/providers-by-fiscal-year", async (ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetProvidersByFiscalYearQuery(), ct)))
        .WithName("GetProvidersByFiscalYear")
        .WithSummary("Providers registered per fiscal year")
        .WithDescription("Counted from Catalog's provider-registered events; public, like every plan indicator.")
        .AllowAnonymous()
        .CachedPublicly(300)
        .Produces<IReadOnlyList<ProvidersInFiscalYear>>()
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
