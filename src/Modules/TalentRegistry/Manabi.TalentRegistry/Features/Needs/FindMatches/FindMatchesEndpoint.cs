using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.FindMatches;

internal static class FindMatchesEndpoint
{
    public static RouteHandlerBuilder MapFindMatches(this IEndpointRouteBuilder group) => group
        .MapGet("/needs/{id:guid}/matches", async (Guid id, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new FindMatchesQuery(id), ct)))
        .WithName("FindMatches")
        .WithSummary("People who could answer a need, best first (staff)")
        .WithDescription("The best 50 active people with the role, ranked by field (a top-level field covers its sub-fields), area, then " +
            "recent load (fewer activities this calendar month and the twelve before first, so the same leaders are not always asked); " +
            "each says why it matched. Candidates left out say why (the closest 50, with `excludedTotal` and `excludedByReason`): not " +
            "active (applied, suspended, lapsed), already proposed, volunteer insurance or a required training not in force on the " +
            "dates (`gate-lapsed`), already assigned at an overlapping time, or unavailable on the dates.")
        .RequireAuthorization(Policies.Staff)
        .Produces<MatchList>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
