using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.DefineLeaderTraining;

internal static class DefineLeaderTrainingEndpoint
{
    public static RouteHandlerBuilder MapDefineLeaderTraining(this IEndpointRouteBuilder group) => group
        .MapPost("/leader-trainings", async (DefineLeaderTrainingRequest request, ISender sender, CancellationToken ct) =>
        {
            var training = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/talent/leader-trainings/{training.Id}", training);
        })
        .WithName("DefineLeaderTraining")
        .WithSummary("Set up a leader training (staff)")
        .WithDescription("Sessions and the completion rule: a minimum of sessions attended and, if required, a practical activity reported. " +
            "Names are unique within a fiscal year (409). Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<LeaderTrainingResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesAuthProblems();
}
