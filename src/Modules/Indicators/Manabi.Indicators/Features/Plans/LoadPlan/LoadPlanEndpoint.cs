using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Plans.LoadPlan;

internal static class LoadPlanEndpoint
{
    public static RouteHandlerBuilder MapLoadPlan(this IEndpointRouteBuilder group) => group
        .MapPut("/plans/{code}", async (string code, LoadPlanRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            var loaded = await sender.Send(request.ToCommand(code, user.Actor()), ct);
            return loaded.Created ? Results.Created($"/api/v1/indicators/plans/{code}", loaded.Plan) : Results.Ok(loaded.Plan);
        })
        .ParametersCheckedBy<LoadPlanCommand>()
        .WithName("LoadPlan")
        .WithSummary("Load a city's plan as one JSON document (staff)")
        .WithDescription("Creates the plan (201) or replaces it (200). Every field is checked and each error names its field, e.g. " +
            "`goals[0].items[1].indicators[0].measures[0].target.value`; an unknown `computation` is a 400 on that field. Each target " +
            "the document changes is kept as a revision with `revisionReason`. The same document twice changes nothing.")
        .RequireAuthorization(Policies.Staff)
        .Produces<PlanResponse>()
        .Produces<PlanResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
