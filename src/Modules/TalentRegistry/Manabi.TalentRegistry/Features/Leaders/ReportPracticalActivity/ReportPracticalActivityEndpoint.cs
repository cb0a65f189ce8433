using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.ReportPracticalActivity;

internal static class ReportPracticalActivityEndpoint
{
    public static RouteHandlerBuilder MapReportPracticalActivity(this IEndpointRouteBuilder group) => group
        .MapPut("/leader-trainings/{id:guid}/trainees/{personId:guid}/practical-activity",
            async (Guid id, Guid personId, ReportPracticalActivityRequest request, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(request.ToCommand(id, personId), ct)))
        .WithName("ReportPracticalActivity")
        .WithSummary("Record a trainee's practical activity (staff)")
        .WithDescription("Replaces what was recorded before. 404 when the person is not enrolled in this training.")
        .RequireAuthorization(Policies.Staff)
        .Produces<LeaderTrainingResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
