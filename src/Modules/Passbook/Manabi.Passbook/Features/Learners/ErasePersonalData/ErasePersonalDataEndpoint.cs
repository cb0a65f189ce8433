using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Learners.ErasePersonalData;

internal static class ErasePersonalDataEndpoint
{
    public static RouteHandlerBuilder MapErasePersonalData(this IEndpointRouteBuilder group) => group
        .MapDelete("/learners/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new ErasePersonalDataCommand(id, LearnerReader.Of(user)), ct);
            return Results.NoContent();
        })
        .WithName("ErasePersonalData")
        .WithSummary("Delete a learner's personal data (staff, on the learner's request)")
        .WithDescription("As the learner's own deletion; for citizens registered at the counter without a login.")
        .RequireAuthorization(Policies.Staff)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
