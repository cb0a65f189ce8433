using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Opportunities.GetProviderOpportunity;

internal static class GetProviderOpportunityEndpoint
{
    public static RouteHandlerBuilder MapGetProviderOpportunity(this IEndpointRouteBuilder group) => group
        .MapGet("/providers/{providerId:guid}/opportunities/{externalId:maxlength(100)}", async (Guid providerId, string externalId, ClaimsPrincipal user,
            ISender sender, HttpResponse response, CancellationToken ct) =>
        {
            return VersionedResults.Ok(response, await sender.Send(new GetProviderOpportunityQuery(providerId, externalId, user.PartnerProviderId()), ct));
        })
        .WithName("GetProviderOpportunity")
        .WithSummary("Get one of a provider's opportunities by its own id")
        .WithDescription("Any status, drafts included. The `ETag` can be sent back as `If-Match` with the next push.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Produces<OpportunityResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
