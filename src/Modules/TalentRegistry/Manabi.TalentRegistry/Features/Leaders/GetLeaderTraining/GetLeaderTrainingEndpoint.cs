using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.GetLeaderTraining;

internal static class GetLeaderTrainingEndpoint
{
    public static RouteHandlerBuilder MapGetLeaderTraining(this IEndpointRouteBuilder group) => group
        .MapGet("/leader-trainings/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetLeaderTrainingQuery(id), ct)))
        .WithName("GetLeaderTraining")
        .WithSummary("One leader training with every trainee's progress (staff)")
        .WithDescription("Its sessions and completion rule; for each trainee, the sessions attended, what the rule still asks of them, and their certification once certified.")
        .RequireAuthorization(Policies.Staff)
        .Produces<LeaderTrainingResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
