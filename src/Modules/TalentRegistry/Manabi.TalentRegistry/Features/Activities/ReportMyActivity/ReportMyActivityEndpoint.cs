using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Activities.ReportMyActivity;

internal static class ReportMyActivityEndpoint
{
    public static RouteHandlerBuilder MapReportMyActivity(this IEndpointRouteBuilder group) => group
        .MapPost("/people/me/activity-reports", async (ReportMyActivityRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            var report = await sender.Send(request.ToCommand(user.LoginSubject()), ct);
            return Results.Created($"/api/v1/talent/activity-reports/{report.Id}", report);
        })
        .WithName("ReportMyActivity")
        .WithSummary("Report an activity of my own")
        .WithDescription("It waits as `Pending` and counts only once staff approve it; an occurrence already recorded for the person " +
            "stays one record. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Learner)
        .Idempotent()
        .Produces<SelfReportResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
