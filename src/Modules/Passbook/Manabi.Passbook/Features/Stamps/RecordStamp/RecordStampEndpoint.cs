using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Stamps.RecordStamp;

internal static class RecordStampEndpoint
{
    public static RouteHandlerBuilder MapRecordStamp(this IEndpointRouteBuilder group) => group
        .MapPost("/stamps", async (RecordStampRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            var outcome = await sender.Send(request.ToCommand(user.PartnerProviderId(), user.Actor()), ct);
            return outcome.Created ? Results.Created($"/api/v1/passbook/stamps/{outcome.StampId}", outcome) : Results.Ok(outcome);
        })
        .WithName("RecordStamp")
        .WithSummary("Record attendance: give a stamp")
        .WithDescription("The provider's system (its own sessions only) or staff. One stamp per learner and session: recording it again " +
            "answers 200 with the existing stamp and adds nothing. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Idempotent()
        .Produces<StampOutcome>(StatusCodes.Status201Created)
        .Produces<StampOutcome>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
