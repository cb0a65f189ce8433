using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.ProposePerson;

internal static class ProposePersonEndpoint
{
    public static RouteHandlerBuilder MapProposePerson(this IEndpointRouteBuilder group) => group
        .MapPost("/needs/{id:guid}/proposals", async (Guid id, ProposePersonRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id), ct)))
        .WithName("ProposePerson")
        .WithSummary("Propose a person for a need (staff)")
        .WithDescription("Only someone the matching would list: a person it leaves out is 422 `not-matchable` with the reason; a second " +
            "proposal of the same person is 409. The person sees it in `GET /people/me/proposals` and answers. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<NeedResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
