using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Consultations.CompleteFollowUp;

internal static class CompleteFollowUpEndpoint
{
    public static RouteHandlerBuilder MapCompleteFollowUp(this IEndpointRouteBuilder group) => group
        .MapPost("/consultations/{id:guid}/follow-up-done", async (Guid id, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new CompleteFollowUpCommand(id), ct)))
        .WithName("CompleteFollowUp")
        .WithSummary("Mark a consultation's follow-up as done (staff)")
        .WithDescription("It leaves the follow-up list. Doing it twice changes nothing.")
        .RequireAuthorization(Policies.Staff)
        .Produces<ConsultationResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
