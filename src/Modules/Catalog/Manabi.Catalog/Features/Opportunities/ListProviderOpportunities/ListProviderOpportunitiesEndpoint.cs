using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Opportunities.ListProviderOpportunities;

internal static class ListProviderOpportunitiesEndpoint
{
    public static RouteHandlerBuilder MapListProviderOpportunities(this IEndpointRouteBuilder group) => group
        .MapGet("/providers/{providerId:guid}/opportunities", async (Guid providerId, OpportunityStatus? status, string? after, int? limit,
                ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListProviderOpportunitiesQuery(providerId, user.PartnerProviderId(), status, after, limit), ct)))
        .ParametersCheckedBy<ListProviderOpportunitiesQuery>()
        .WithName("ListProviderOpportunities")
        .WithSummary("A provider's own opportunities, in every status")
        .WithDescription("For reconciling a partner's system with the catalog: drafts, cancelled and withdrawn ones included, " +
            "ordered by `externalId`. Filter by `status`; `limit` 1–500 (default 100); pass `next` back as `after`. " +
            "A partner key lists only its own provider's.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Produces<ProviderOpportunityPage>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
