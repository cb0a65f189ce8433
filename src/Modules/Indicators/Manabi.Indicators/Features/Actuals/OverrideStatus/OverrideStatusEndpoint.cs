using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Actuals.OverrideStatus;

internal static class OverrideStatusEndpoint
{
    public static RouteHandlerBuilder MapOverrideStatus(this IEndpointRouteBuilder group) => group
        .MapPut("/plans/{code}/measures/{measureCode}/status/{fiscalYear:int}", async (string code, string measureCode, int fiscalYear,
            OverrideStatusRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(code, measureCode, fiscalYear, user.Actor()), ct)))
        .ParametersCheckedBy<OverrideStatusCommand>()
        .WithName("OverrideStatus")
        .WithSummary("Set staff's own progress status for a measure's fiscal year, with the reason (staff)")
        .WithDescription("For where the formula misleads. The report shows it as `statusDecision` beside the computed `status`, which stays. " +
            "Deciding again replaces it.")
        .RequireAuthorization(Policies.Staff)
        .Produces<StatusDecision>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
