using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Information.DraftDigest;

internal static class DraftDigestEndpoint
{
    public static RouteHandlerBuilder MapDraftDigest(this IEndpointRouteBuilder group) => group
        .MapPost("/information/digest", async (DraftDigestRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(), ct)))
        .WithName("DraftDigest")
        .WithSummary("Draft an issue from upcoming learning opportunities")
        .WithDescription("Staff: collects public opportunities with a session in the date range, grouped by field, into a new draft issue, " +
            "and returns it rendered as HTML and plain text for editing.")
        .RequireAuthorization(Policies.Staff)
        .Produces<DigestResponse>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
