using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Commendations.AwardCommendations;

internal static class AwardCommendationsEndpoint
{
    public static RouteHandlerBuilder MapAwardCommendations(this IEndpointRouteBuilder group) => group
        .MapPost("/commendations/award", async (AwardCommendationsRequest request, HttpRequest http, ISender sender, CancellationToken ct) =>
            Results.Ok(new AwardCommendationsResponse(await sender.Send(request.ToCommand(http.HttpContext.BaseUrl()), ct))))
        .WithName("AwardCommendations")
        .WithSummary("Award commendations at a ceremony")
        .WithDescription("Staff. Only pending commendations are awarded; awarding twice changes nothing. Each award issues the learner an Open Badges 3.0 credential.")
        .RequireAuthorization(Policies.Staff)
        .Produces<AwardCommendationsResponse>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
