using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.AnswerProposal;

internal static class AnswerProposalEndpoint
{
    public static RouteHandlerBuilder MapAnswerProposal(this IEndpointRouteBuilder group) => group
        .MapPost("/people/me/proposals/{id:guid}/answer", async (Guid id, AnswerProposalRequest request, ClaimsPrincipal user, ISender sender,
                CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id, user.LoginSubject()), ct)))
        .WithName("AnswerProposal")
        .WithSummary("Accept or decline a need I was asked to help with")
        .WithDescription("Accepting assigns the person; a second assignment on the same day and part of the day is 409 " +
            "`overlapping-assignment`. Another person's proposal is 404. Answering twice is 422.")
        .RequireAuthorization(Policies.Learner)
        .Produces<ProposalResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
