using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Providers.ListProviders;

internal static class ListProvidersEndpoint
{
    public static RouteHandlerBuilder MapListProviders(this IEndpointRouteBuilder group) => group
        .MapGet("/providers", async (ProviderStatus? status, ProviderKind? kind, string? q, int? limit, int? offset, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListProvidersQuery(status, kind, q, limit, offset), ct)))
        .ParametersCheckedBy<ListProvidersQuery>()
        .WithName("ListProviders")
        .WithSummary("Providers, pending ones first (staff)")
        .WithDescription("Filter by `status`, `kind`, or `q` (part of the name, its kana reading or English name). " +
            "`limit` 1–200 (default 50) and `offset` page through; `total` counts every match.")
        .RequireAuthorization(Policies.Staff)
        .Produces<ProviderListPage>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
