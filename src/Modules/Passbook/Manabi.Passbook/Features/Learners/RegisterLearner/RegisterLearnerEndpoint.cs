using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Learners.RegisterLearner;

internal static class RegisterLearnerEndpoint
{
    public static RouteHandlerBuilder MapRegisterLearner(this IEndpointRouteBuilder group) => group
        .MapPost("/learners", async (RegisterLearnerRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            // A learner registers themselves (bound to their login); staff register a citizen at the counter.
            var self = user.IsInRole(Roles.Learner) ? user.FindFirst(ManabiClaims.Subject)?.Value : null;
            var learner = await sender.Send(request.ToCommand(self), ct);
            return Results.Created($"/api/v1/passbook/learners/{learner.Id}", learner);
        })
        .WithName("RegisterLearner")
        .WithSummary("Register for the stamp rally and get a passbook")
        .WithDescription("A learner with their own token registers themselves (once); staff register a citizen at the counter. " +
            "Returns the passbook number (with a check digit) and the signed QR payload for the card. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.LearnerOrStaff)
        .Idempotent()
        .Produces<LearnerResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesAuthProblems();
}
