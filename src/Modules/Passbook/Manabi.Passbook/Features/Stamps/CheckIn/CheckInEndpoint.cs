using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Stamps.CheckIn;

internal static class CheckInEndpoint
{
    public static RouteHandlerBuilder MapCheckIn(this IEndpointRouteBuilder group) => group
        .MapPost("/check-ins", async (CheckInRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            var outcome = await sender.Send(request.ToCommand(user.LoginSubject()), ct);
            return outcome.Created ? Results.Created($"/api/v1/passbook/stamps/{outcome.StampId}", outcome) : Results.Ok(outcome);
        })
        .WithName("CheckIn")
        .WithSummary("Check in at a session (self-service stamp)")
        .WithDescription("A learner sends the code scanned at the venue. Refused (422) outside the session's check-in time or with a stale code; " +
            $"after {CheckInAttempts.PerLearner} wrong codes in one 30-second code period, 429 with `Retry-After` until the next code. " +
            "If the learner already has this session's stamp (by any path), answers 200 with it.")
        .RequireAuthorization(Policies.Learner)
        .Idempotent()
        .Produces<StampOutcome>(StatusCodes.Status201Created)
        .Produces<StampOutcome>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesAuthProblems();
}
