using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Surveys.FindResponseCode;

internal static class FindResponseCodeEndpoint
{
    public static RouteHandlerBuilder MapFindResponseCode(this IEndpointRouteBuilder group) => group
        .MapGet("/survey-codes/{code}", async (string code, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new FindResponseCodeQuery(code), ct)))
        .ParametersCheckedBy<FindResponseCodeQuery>()
        .WithName("FindResponseCode")
        .WithSummary("The survey form a response code opens (anonymous)")
        .WithDescription("For a frontend showing the form: the wave and its questions. An unknown code is 404; a used one 409 `code-used`.")
        .AllowAnonymous()
        .Produces<SurveyForm>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
