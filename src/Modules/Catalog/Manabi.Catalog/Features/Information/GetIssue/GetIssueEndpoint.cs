using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Information.GetIssue;

internal static class GetIssueEndpoint
{
    public static RouteHandlerBuilder MapGetIssue(this IEndpointRouteBuilder group) => group
        .MapGet("/information/issues/{id:guid}", async (Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
        {
            return VersionedResults.Ok(response, await sender.Send(new GetInformationIssueQuery(id, false), ct));
        })
        .WithName("GetIssue")
        .WithSummary("An information issue (staff, drafts included)")
        .WithDescription("The `ETag` is needed to edit a draft.")
        .RequireAuthorization(Policies.Staff)
        .Produces<InformationIssueResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
