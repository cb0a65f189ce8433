using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Providers.GetProvider;

internal static class GetProviderEndpoint
{
    public static RouteHandlerBuilder MapGetProvider(this IEndpointRouteBuilder group) => group
        .MapGet("/providers/{id:guid}", Handle)
        .WithName("GetProvider")
        .WithSummary("Get a provider")
        .WithDescription("Staff read any provider; a partner system reads only its own. The `ETag` is needed to update it.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Produces<ProviderResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();

    private static async Task<IResult> Handle(Guid id, ClaimsPrincipal user, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        VersionedResults.Ok(response, await sender.Send(new GetProviderQuery(id, user.PartnerProviderId()), cancellationToken));
}
