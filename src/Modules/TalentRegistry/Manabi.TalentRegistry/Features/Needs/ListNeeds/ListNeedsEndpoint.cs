using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.TalentRegistry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.ListNeeds;

internal static class ListNeedsEndpoint
{
    public static RouteHandlerBuilder MapListNeeds(this IEndpointRouteBuilder group) => group
        .MapGet("/needs", async (NeedStatus? status, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListNeedsQuery(status), ct)))
        .ParametersCheckedBy<ListNeedsQuery>()
        .WithName("ListNeeds")
        .WithSummary("Needs for people, newest first (staff)")
        .WithDescription("With their proposals and answers (up to 500); `status` Open, Completed or Cancelled.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<NeedResponse>>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
