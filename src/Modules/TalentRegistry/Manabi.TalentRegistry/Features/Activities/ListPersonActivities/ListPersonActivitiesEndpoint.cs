using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Activities.ListPersonActivities;

internal static class ListPersonActivitiesEndpoint
{
    public static RouteHandlerBuilder MapListPersonActivities(this IEndpointRouteBuilder group) => group
        .MapGet("/people/{id:guid}/activities", async (Guid id, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListPersonActivitiesQuery(id), ct)))
        .WithName("ListPersonActivities")
        .WithSummary("A person's activity history (staff)")
        .WithDescription("Newest first (up to 1,000), voided ones marked with their reason.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<ActivityResponse>>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
