using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Push.UpsertOpportunities;

internal static class UpsertOpportunitiesEndpoint
{
    /// <summary>
    /// 1,000 opportunities with their sessions exceed the 1 MiB every other request gets; 8 MiB holds
    /// 1,000 of about 8 KB each (a long description and a dozen sessions). Larger loads are split.
    /// </summary>
    public const long MaxBodyBytes = 8 * 1024 * 1024;

    public static RouteHandlerBuilder MapUpsertOpportunities(this IEndpointRouteBuilder group) => group
        .MapPost("/providers/{providerId:guid}/opportunities:batch", Handle)
        .WithName("UpsertOpportunities")
        .WithSummary("Push up to 1,000 learning opportunities")
        .WithDescription("Each item is handled on its own: valid items land even when others are rejected; the answer lists " +
            "created, updated, unchanged or rejected (with problem details) per item, in the order sent. The body may be up to 8 MiB (413 above). " +
            "Concurrent pushes of the same items are applied one after the other, the later one winning. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Idempotent()
        .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
        .Produces<BatchResult>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesAuthProblems();

    private static async Task<IResult> Handle(Guid providerId, UpsertOpportunitiesRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
        Results.Ok(await sender.Send(request.ToCommand(providerId, user.PartnerProviderId()), cancellationToken));
}
