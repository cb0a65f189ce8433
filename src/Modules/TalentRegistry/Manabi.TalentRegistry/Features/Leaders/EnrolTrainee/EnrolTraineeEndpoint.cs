using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.EnrolTrainee;

internal static class EnrolTraineeEndpoint
{
    public static RouteHandlerBuilder MapEnrolTrainee(this IEndpointRouteBuilder group) => group
        .MapPost("/leader-trainings/{id:guid}/trainees", async (Guid id, EnrolTraineeRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id), ct)))
        .WithName("EnrolTrainee")
        .WithSummary("Enrol a person in a leader training (staff)")
        .WithDescription("The person must be active in the talent register (422 `person-not-active`); enrolling twice is 409 " +
            "`already-enrolled`. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<LeaderTrainingResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
