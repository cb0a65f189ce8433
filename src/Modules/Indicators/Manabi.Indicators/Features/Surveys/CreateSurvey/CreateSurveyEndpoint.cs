using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Surveys.CreateSurvey;

internal static class CreateSurveyEndpoint
{
    public static RouteHandlerBuilder MapCreateSurvey(this IEndpointRouteBuilder group) => group
        .MapPost("/surveys", async (CreateSurveyRequest request, ISender sender, CancellationToken ct) =>
        {
            var survey = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/indicators/surveys/{survey.Id}", survey);
        })
        .WithName("CreateSurvey")
        .WithSummary("Define a survey instrument for 22-3 or 23-1 (staff)")
        .WithDescription("Questions on choice scales. Exactly one question lists `positiveChoices`: a response counts toward the share when " +
            "its answer to that question is one of them (for 23-1, 「満足」「おおむね満足」「ふつう」).")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<SurveyView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesAuthProblems();
}
