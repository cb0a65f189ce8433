using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Features.Information.ListPublishedIssues;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Information.ListAllIssues;

internal static class ListAllIssuesEndpoint
{
    public static RouteHandlerBuilder MapListAllIssues(this IEndpointRouteBuilder group) => group
        .MapGet("/information/drafts", async (InformationChannel? channel, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListInformationIssuesQuery(false, channel), ct)))
        .WithName("ListAllIssues")
        .WithSummary("All information issues, drafts included")
        .WithDescription("Staff.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<InformationIssueResponse>>()
        .ProducesAuthProblems();
}
