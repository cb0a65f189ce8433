using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Groups.FormLearningGroup;

internal static class FormLearningGroupEndpoint
{
    public static RouteHandlerBuilder MapFormLearningGroup(this IEndpointRouteBuilder group) => group
        .MapPost("/learning-groups", async (FormLearningGroupRequest request, ISender sender, CancellationToken ct) =>
        {
            var formed = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/talent/learning-groups/{formed.Id}", formed);
        })
        .WithName("FormLearningGroup")
        .WithSummary("Register a learning group formed after a board course (staff)")
        .WithDescription("The course is checked with Catalog: it must be one the board ran or brokered (400 otherwise), and the group " +
            "cannot predate its last session (422 `course-not-ended`). Names are unique (409). Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<LearningGroupResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
