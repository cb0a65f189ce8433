using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Learners;

internal static class LearnerEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/learners", async (RegisterLearnerCommand command, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                // A learner registers themselves (bound to their login); staff register a citizen at the counter.
                var self = user.IsInRole(Roles.Learner) ? user.FindFirst(ManabiClaims.Subject)?.Value : null;
                var learner = await sender.Send(command with { Subject = self }, ct);
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
        group.MapGet("/learners/me", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetLearnerQuery(null, LearnerReader.Of(user) with { IsStaff = false }), ct)))
            .WithName("GetMyPassbook")
            .WithSummary("My passbook")
            .WithDescription("The calling learner's own registration and passbook.")
            .RequireAuthorization(Policies.Learner)
            .Produces<LearnerResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
        group.MapGet("/learners/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetLearnerQuery(id, LearnerReader.Of(user)), ct)))
            .WithName("GetLearner")
            .WithSummary("A learner's passbook")
            .WithDescription("Staff read any learner (each read is written to the audit log); a learner only their own.")
            .RequireAuthorization(Policies.LearnerOrStaff)
            .Produces<LearnerResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
        group.MapGet("/learners/me/history", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetHistoryQuery(null, LearnerReader.Of(user) with { IsStaff = false }), ct)))
            .WithName("GetMyHistory")
            .WithSummary("My learning history")
            .WithDescription("Every stamp with its programme, provider, session date, credits and how it was recorded; totals per field and per fiscal year.")
            .RequireAuthorization(Policies.Learner)
            .Produces<LearningHistory>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
        group.MapGet("/learners/{id:guid}/history", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetHistoryQuery(id, LearnerReader.Of(user)), ct)))
            .WithName("GetHistory")
            .WithSummary("A learner's learning history")
            .WithDescription("Staff (audited) or the learner themselves; anyone else's answers 404.")
            .RequireAuthorization(Policies.LearnerOrStaff)
            .Produces<LearningHistory>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
        group.MapPost("/learners/{id:guid}/reissue", async (Guid id, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ReissuePassbookCommand(id), ct)))
            .WithName("ReissuePassbook")
            .WithSummary("Reissue a lost passbook")
            .WithDescription("Staff. A new number replaces the old one, which stops working at once; history and credits carry over.")
            .RequireAuthorization(Policies.Staff)
            .Produces<LearnerResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
    }
}
