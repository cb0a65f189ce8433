using System.Security.Claims;
using FluentValidation;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Opportunities.WithdrawOpportunity;

internal static class WithdrawOpportunityEndpoint
{
    public static RouteHandlerBuilder MapWithdrawOpportunity(this IEndpointRouteBuilder group) => group
        .MapDelete("/providers/{providerId:guid}/opportunities/{externalId:maxlength(100)}", async (Guid providerId, string externalId,
            ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new WithdrawOpportunityCommand(providerId, externalId, user.PartnerProviderId()), ct);
            return Results.NoContent();
        })
        .WithName("WithdrawOpportunity")
        .WithSummary("Withdraw a learning opportunity")
        .WithDescription("A tombstone, not an erasure: the feed reports it as deleted. Withdrawing twice is harmless; pushing it again restores it.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
