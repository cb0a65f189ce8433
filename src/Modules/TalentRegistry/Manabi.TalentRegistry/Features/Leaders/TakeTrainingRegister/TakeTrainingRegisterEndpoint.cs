using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.TakeTrainingRegister;

internal static class TakeTrainingRegisterEndpoint
{
    public static RouteHandlerBuilder MapTakeTrainingRegister(this IEndpointRouteBuilder group) => group
        .MapPut("/leader-trainings/{id:guid}/sessions/{session:int:range(1,30)}/attendance",
            async (Guid id, int session, TakeTrainingRegisterRequest request, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(request.ToCommand(id, session), ct)))
        .WithName("TakeTrainingRegister")
        .WithSummary("Record who attended a training session (staff)")
        .WithDescription("The whole register of the session: the trainees listed attended, the others did not, so sending it again " +
            "(to correct it) replaces it. Someone not enrolled is a 400 naming them.")
        .RequireAuthorization(Policies.Staff)
        .Produces<LeaderTrainingResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
