using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Information.ListPublishedIssues;

internal static class ListPublishedIssuesEndpoint
{
    public static RouteHandlerBuilder MapListPublishedIssues(this IEndpointRouteBuilder group) => group
        .MapGet("/information/issues", async (InformationChannel? channel, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListInformationIssuesQuery(true, channel), ct)))
        .WithName("ListPublishedIssues")
        .WithSummary("Published information issues")
        .WithDescription("Public: the exchange center's newsletters, website updates and mail magazines that went out, newest first.")
        .AllowAnonymous()
        .CachedPublicly(300)
        .Produces<IReadOnlyList<InformationIssueResponse>>();
}
