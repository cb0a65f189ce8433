using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.StampRally.GetStampRallyByFiscalYear;

internal static class GetStampRallyByFiscalYearEndpoint
{
    public static RouteHandlerBuilder MapGetStampRallyByFiscalYear(this IEndpointRouteBuilder group) => group
        .MapGet("/stamp-rally-by-fiscal-year", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new GetStampRallyQuery(), ct)))
        .WithName("GetStampRallyByFiscalYear")
        .WithSummary("Stamp-rally learners and commendations per fiscal year")
        .WithDescription("Indicators 22-1 (registered learners) and 24-3 (learners commended for the designated credits), counted from Passbook's events. " +
            "A learner who later asked for their data to be deleted still counts: deletion is not un-registration.")
        .AllowAnonymous()
        .CachedPublicly(300)
        .Produces<IReadOnlyList<StampRallyYear>>();
}
