using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Surveys.OpenWave;

internal static class OpenWaveEndpoint
{
    public static RouteHandlerBuilder MapOpenWave(this IEndpointRouteBuilder group) => group
        .MapPost("/surveys/{surveyId:guid}/waves", async (Guid surveyId, OpenWaveRequest request, ISender sender, CancellationToken ct) =>
        {
            var wave = await sender.Send(request.ToCommand(surveyId), ct);
            return Results.Created($"/api/v1/indicators/surveys/waves/{wave.Id}", wave);
        })
        .WithName("OpenSurveyWave")
        .WithSummary("Open a survey round for a fiscal year (staff)")
        .WithDescription("A 22-3 wave names its festival or forum (`opportunityId`), checked against the catalog. Its answers count in `fiscalYear`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<WaveView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
