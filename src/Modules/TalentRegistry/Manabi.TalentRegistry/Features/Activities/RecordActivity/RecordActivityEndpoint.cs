using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Activities.RecordActivity;

internal static class RecordActivityEndpoint
{
    public static RouteHandlerBuilder MapRecordActivity(this IEndpointRouteBuilder group) => group
        .MapPost("/activities", async (RecordActivityRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            var result = await sender.Send(request.ToCommand(user.Actor()), ct);
            return result.Created ? Results.Created($"/api/v1/talent/activities/{result.Activity.Id}", result) : Results.Ok(result);
        })
        .WithName("RecordActivity")
        .WithSummary("Record a person's activity (staff)")
        .WithDescription("One record per person per occurrence: an occurrence already recorded (by Catalog's report of the session or " +
            "lecture, or earlier by staff) answers 200 with the existing record and `created: false`; a new one 201. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<RecordActivityResult>(StatusCodes.Status201Created)
        .Produces<RecordActivityResult>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
