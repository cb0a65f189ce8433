using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Actuals.EnterValue;

internal static class EnterValueEndpoint
{
    public static RouteHandlerBuilder MapEnterValue(this IEndpointRouteBuilder group) => group
        .MapPut("/plans/{code}/measures/{measureCode}/values/{fiscalYear:int}", async (string code, string measureCode, int fiscalYear,
            EnterValueRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(code, measureCode, fiscalYear, user.Actor()), ct)))
        .ParametersCheckedBy<EnterValueCommand>()
        .WithName("EnterValue")
        .WithSummary("Enter a measure's value for a fiscal year no module could count (staff)")
        .WithDescription("For years before the system, or a measure no module records: `value` and its `source`. It takes the place of a " +
            "computed value for that year, and the report marks it `Entered` with its source. Entering again replaces it.")
        .RequireAuthorization(Policies.Staff)
        .Produces<MeasureYearValue>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
