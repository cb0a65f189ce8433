using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Actuals.ConfirmYear;

internal static class ConfirmYearEndpoint
{
    public static RouteHandlerBuilder MapConfirmYear(this IEndpointRouteBuilder group) => group
        .MapPost("/plans/{code}/years/{fiscalYear:int}/confirm", async (string code, int fiscalYear, ClaimsPrincipal user, ISender sender,
            CancellationToken ct) => Results.Ok(await sender.Send(new ConfirmYearCommand(code, fiscalYear, user.Actor()), ct)))
        .ParametersCheckedBy<ConfirmYearCommand>()
        .WithName("ConfirmYear")
        .WithSummary("Confirm (確定) an ended fiscal year: its values stop moving (staff)")
        .WithDescription("Every measure's value for the year, as it stands, becomes the year's number. Corrections arriving later still " +
            "reach the counts; the report keeps the confirmed value and shows the difference as `changeAfterConfirmation`. A year not " +
            "yet over is 422 `year-not-ended`; confirming twice is 409 `already-confirmed`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<ConfirmedYearResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
