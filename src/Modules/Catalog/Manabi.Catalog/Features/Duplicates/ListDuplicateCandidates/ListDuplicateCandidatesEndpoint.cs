using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Duplicates.ListDuplicateCandidates;

internal static class ListDuplicateCandidatesEndpoint
{
    public static RouteHandlerBuilder MapListDuplicateCandidates(this IEndpointRouteBuilder group) => group
        .MapGet("/duplicates", async (DuplicateVerdict? verdict, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListDuplicatesQuery(verdict), ct)))
        .WithName("ListDuplicateCandidates")
        .WithSummary("Opportunities that look like duplicates")
        .WithDescription("Staff: pairs of different providers' opportunities with similar titles, overlapping dates and the same venue or field " +
            "(default: still pending), with both records.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<DuplicateCandidateResponse>>()
        .ProducesAuthProblems();
}
