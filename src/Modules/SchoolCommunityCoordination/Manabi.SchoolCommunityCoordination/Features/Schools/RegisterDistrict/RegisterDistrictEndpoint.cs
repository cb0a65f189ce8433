using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.RegisterDistrict;

internal static class RegisterDistrictEndpoint
{
    public static RouteHandlerBuilder MapRegisterDistrict(this IEndpointRouteBuilder group) => group
        .MapPost("/districts", async (RegisterDistrictRequest request, ISender sender, CancellationToken ct) =>
        {
            var district = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/school-community/districts/{district.Id}", district);
        })
        .WithName("RegisterDistrict")
        .WithSummary("Register a junior-high school district (staff)")
        .WithDescription("Codes are unique (409 `duplicate-code`). Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<DistrictResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesAuthProblems();
}
