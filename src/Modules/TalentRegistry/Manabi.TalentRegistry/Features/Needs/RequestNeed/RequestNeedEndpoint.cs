using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.TalentRegistry.Features.Needs.OpenNeed;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.RequestNeed;

/// <summary>Opening a need (<see cref="OpenNeedCommand"/>), by a group's representative with their own login, who then follows it.</summary>
internal static class RequestNeedEndpoint
{
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
