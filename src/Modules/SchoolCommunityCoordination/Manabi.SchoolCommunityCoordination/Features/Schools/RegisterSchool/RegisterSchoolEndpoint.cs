using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.RegisterSchool;

internal static class RegisterSchoolEndpoint
{
    public static RouteHandlerBuilder MapRegisterSchool(this IEndpointRouteBuilder group) => group
        .MapPost("/schools", async (RegisterSchoolRequest request, ISender sender, CancellationToken ct) =>
        {
            var school = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/school-community/schools/{school.Id}", school);
        })
        .WithName("RegisterSchool")
        .WithSummary("Register a school in a district (staff)")
        .WithDescription("Codes are unique (409 `duplicate-code`); an unknown district is a 400 on `districtId`. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<SchoolResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesAuthProblems();
}
