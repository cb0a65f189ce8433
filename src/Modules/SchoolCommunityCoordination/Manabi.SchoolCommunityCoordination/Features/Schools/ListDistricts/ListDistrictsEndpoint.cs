using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.ListDistricts;

internal static class ListDistrictsEndpoint
{
    public static RouteHandlerBuilder MapListDistricts(this IEndpointRouteBuilder group) => group
        .MapGet("/districts", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListDistrictsQuery(), ct)))
        .WithName("ListDistricts")
        .WithSummary("Junior-high school districts and their schools")
        .WithDescription("Public: every district by code, with its schools, their kinds, opening and closing, and the fiscal years each is flagged small.")
        .AllowAnonymous()
        .Produces<IReadOnlyList<DistrictResponse>>();
}
