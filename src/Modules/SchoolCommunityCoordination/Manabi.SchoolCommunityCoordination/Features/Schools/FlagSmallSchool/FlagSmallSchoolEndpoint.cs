using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.FlagSmallSchool;

internal static class FlagSmallSchoolEndpoint
{
    public static RouteHandlerBuilder MapFlagSmallSchool(this IEndpointRouteBuilder group) => group
        .MapPut("/schools/{id:guid}/small-years/{fiscalYear:int:range(2000,2100)}",
            async (Guid id, int fiscalYear, FlagSmallSchoolRequest request, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(request.ToCommand(id, fiscalYear), ct)))
        .WithName("FlagSmallSchool")
        .WithSummary("Flag a school small for a fiscal year, or clear the flag (staff)")
        .WithDescription("Small schools (小規模校) are left out of 25-1 and 25-2 in the years they are flagged, with the reason; other years count as usual.")
        .RequireAuthorization(Policies.Staff)
        .Produces<SchoolResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
