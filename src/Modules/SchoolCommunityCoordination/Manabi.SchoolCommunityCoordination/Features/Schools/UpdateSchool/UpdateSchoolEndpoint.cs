using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.UpdateSchool;

internal static class UpdateSchoolEndpoint
{
    public static RouteHandlerBuilder MapUpdateSchool(this IEndpointRouteBuilder group) => group
        .MapPut("/schools/{id:guid}", async (Guid id, UpdateSchoolRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id), ct)))
        .WithName("UpdateSchool")
        .WithSummary("Correct a school (staff)")
        .WithDescription("Name, kind, district, opening and closing dates. A closed school stops counting after the fiscal year of its last day.")
        .RequireAuthorization(Policies.Staff)
        .Produces<SchoolResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
