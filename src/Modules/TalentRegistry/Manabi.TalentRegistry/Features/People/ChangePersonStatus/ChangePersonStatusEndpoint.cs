using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.People.ChangePersonStatus;

internal static class ChangePersonStatusEndpoint
{
    public static RouteHandlerBuilder MapChangePersonStatus(this IEndpointRouteBuilder group) => group
        .MapPost("/people/{id:guid}/status", async (Guid id, ChangePersonStatusRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id), ct)))
        .WithName("ChangePersonStatus")
        .WithSummary("Accept, decline, suspend, reinstate or retire a person (staff)")
        .WithDescription("Applied → Active (the registration term starts: to the end of the next fiscal year by default) or Declined; " +
            "Active → Suspended or Retired; Suspended → Active or Retired. Any other move is 422 `invalid-transition`. " +
            "Existing activity records and Catalog links stay when a person retires; new links are refused.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<PersonResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
