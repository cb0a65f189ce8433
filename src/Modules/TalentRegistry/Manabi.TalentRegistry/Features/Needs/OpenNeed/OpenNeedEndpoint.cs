using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.OpenNeed;

internal static class OpenNeedEndpoint
{
    public static RouteHandlerBuilder MapOpenNeed(this IEndpointRouteBuilder group) => group
        .MapPost("/needs", async (OpenNeedRequest request, ISender sender, CancellationToken ct) =>
        {
            var need = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/talent/needs/{need.Id}", need);
        })
        .WithName("OpenNeed")
        .WithSummary("Open a need for people (staff)")
        .WithDescription("Groups ask the board for people, never the people directly; staff open the need, then match and propose. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<NeedResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesAuthProblems();

    /// <summary>The same need, asked by a group's representative with their own login.</summary>
    public static RouteHandlerBuilder MapRequestNeed(this IEndpointRouteBuilder group) => group
        .MapPost("/needs/mine", async (OpenNeedRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            var need = await sender.Send(request.ToCommand(user.LoginSubject()), ct);
            return Results.Created($"/api/v1/talent/needs/{need.Id}/status", MyNeedResponse.From(need));
        })
        .WithName("RequestNeed")
        .WithSummary("Ask the board for people (a citizen group's or NPO's representative)")
        .WithDescription("The group asks the board, never a person directly: staff match and propose people, and the group follows " +
            "the need's status with `GET /needs/mine`. `requester` is CitizenGroup or Npo. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Learner)
        .Idempotent()
        .Produces<MyNeedResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
