using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Plans.ReviseTarget;

internal static class ReviseTargetEndpoint
{
    public static RouteHandlerBuilder MapReviseTarget(this IEndpointRouteBuilder group) => group
        .MapPut("/plans/{code}/measures/{measureCode}/target", async (string code, string measureCode, ReviseTargetRequest request, ClaimsPrincipal user,
            ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(request.ToCommand(code, measureCode, user.Actor()), ct)))
        .ParametersCheckedBy<ReviseTargetCommand>()
        .WithName("ReviseTarget")
        .WithSummary("Revise a measure's target (staff)")
        .WithDescription("The old and new target, who, when and `reason` are kept (see `ListTargetRevisions`). The target year stays inside " +
            "the plan's period; `AtLeast`/`AtMost` need a value, `Increase`/`Decrease` take none. The same target again changes nothing.")
        .RequireAuthorization(Policies.Staff)
        .Produces<MeasureResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesAuthProblems();
}
