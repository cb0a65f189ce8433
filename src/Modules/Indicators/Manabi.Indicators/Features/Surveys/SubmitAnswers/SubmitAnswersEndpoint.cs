using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Surveys.SubmitAnswers;

internal static class SubmitAnswersEndpoint
{
    public static RouteHandlerBuilder MapSubmitAnswers(this IEndpointRouteBuilder group) => group
        .MapPost("/survey-answers", async (SubmitAnswersRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(), ct)))
        .WithName("SubmitSurveyAnswers")
        .WithSummary("Answer a survey with a single-use response code (anonymous)")
        .WithDescription("The code is spent with the answers in one transaction: a second use is 409 `code-used` and changes nothing; an " +
            "unknown code is 404. The answers keep no link to the code. They count at once in the wave's share (22-3 or 23-1).")
        .AllowAnonymous()
        .Produces<AnswersReceived>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
