using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Surveys.EnterPaperAnswers;

internal static class EnterPaperAnswersEndpoint
{
    public static RouteHandlerBuilder MapEnterPaperAnswers(this IEndpointRouteBuilder group) => group
        .MapPost("/surveys/waves/{waveId:guid}/answers", async (Guid waveId, EnterPaperAnswersRequest request, ClaimsPrincipal user, ISender sender,
            CancellationToken ct) => Results.Ok(await sender.Send(request.ToCommand(waveId, user.Actor()), ct)))
        .WithName("EnterPaperSurveyAnswers")
        .WithSummary("Key in a paper survey form (staff)")
        .WithDescription("With the form's printed `code`, the code is spent as if the respondent had sent it, so one form counts once " +
            "(409 `code-used` otherwise). Forms handed out without codes are keyed in without one.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<AnswersReceived>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesAuthProblems();
}
