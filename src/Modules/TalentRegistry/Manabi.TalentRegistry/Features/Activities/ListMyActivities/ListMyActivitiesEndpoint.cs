using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Activities.ListMyActivities;

internal static class ListMyActivitiesEndpoint
{
    public static RouteHandlerBuilder MapListMyActivities(this IEndpointRouteBuilder group) => group
        .MapGet("/people/me/activities", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListMyActivitiesQuery(user.LoginSubject()), ct)))
        .WithName("ListMyActivities")
        .WithSummary("My activity history")
        .WithDescription("The caller's own activity records, newest first (up to 1,000), voided ones marked.")
        .RequireAuthorization(Policies.Learner)
        .Produces<IReadOnlyList<ActivityResponse>>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
