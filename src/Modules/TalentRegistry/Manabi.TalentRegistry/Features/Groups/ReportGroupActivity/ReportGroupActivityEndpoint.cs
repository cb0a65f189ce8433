using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Groups.ReportGroupActivity;

internal static class ReportGroupActivityEndpoint
{
    public static RouteHandlerBuilder MapReportGroupActivity(this IEndpointRouteBuilder group) => group
        .MapPost("/learning-groups/{id:guid}/reports", async (Guid id, ReportGroupActivityRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id), ct)))
        .WithName("ReportGroupActivity")
        .WithSummary("Record a learning group's activity report (staff)")
        .WithDescription("A group with at least one report in a fiscal year keeps learning or acting that year (26-3). Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<LearningGroupResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
