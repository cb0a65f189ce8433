using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Information.DraftIssue;

internal static class DraftIssueEndpoint
{
    public static RouteHandlerBuilder MapDraftIssue(this IEndpointRouteBuilder group) => group
        .MapPost("/information/issues", async (InformationIssueRequest request, HttpResponse response, ISender sender, CancellationToken ct) =>
        {
            var issue = await sender.Send(request.ToCommand(), ct);
            return VersionedResults.Created(response, issue, $"/api/v1/catalog/information/issues/{issue.Value.Id}");
        })
        .WithName("DraftIssue")
        .WithSummary("Draft an information issue")
        .WithDescription("Staff. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<InformationIssueResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
