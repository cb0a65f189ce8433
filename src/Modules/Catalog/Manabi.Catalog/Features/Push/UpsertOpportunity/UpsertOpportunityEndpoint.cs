using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Push.UpsertOpportunity;

internal static class UpsertOpportunityEndpoint
{
    public static RouteHandlerBuilder MapUpsertOpportunity(this IEndpointRouteBuilder group) => group
        .MapPut("/providers/{providerId:guid}/opportunities/{externalId:maxlength(100)}", Handle)
        .WithName("UpsertOpportunity")
        .WithSummary("Push one learning opportunity (create or replace)")
        .WithDescription("The partner's main call: the whole opportunity with its sessions, keyed by the partner's own id. " +
            "201 when created, 200 when updated or unchanged (an identical push changes nothing, not even `modifiedAt`). " +
            "`If-Match` is honoured when sent; `Idempotency-Key` makes retries safe.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Idempotent()
        .Produces<UpsertOutcome>(StatusCodes.Status201Created)
        .Produces<UpsertOutcome>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesAuthProblems();

    private static async Task<IResult> Handle(Guid providerId, string externalId, OpportunityInput input, ClaimsPrincipal user,
        HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var expected = request.Headers.IfMatch.Count > 0 ? ETags.RequireIfMatch(request) : null;
        var outcome = await sender.Send(new UpsertOpportunityCommand(providerId, externalId, expected, user.PartnerProviderId(), input), cancellationToken);
        request.HttpContext.Response.Headers.ETag = outcome.ETag;
        return outcome.Status == UpsertStatus.Created
            ? Results.Created($"/api/v1/catalog/providers/{providerId}/opportunities/{externalId:maxlength(100)}", outcome)
            : Results.Ok(outcome);
    }
}
