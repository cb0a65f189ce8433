using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Plans.ListTargetRevisions;

internal static class ListTargetRevisionsEndpoint
{
    public static RouteHandlerBuilder MapListTargetRevisions(this IEndpointRouteBuilder group) => group
        .MapGet("/plans/{code}/target-revisions", async (string code, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListTargetRevisionsQuery(code), ct)))
        .ParametersCheckedBy<ListTargetRevisionsQuery>()
        .WithName("ListTargetRevisions")
        .WithSummary("Every change of the plan's targets, newest first (staff)")
        .WithDescription("Old → new, who, when and why, whether revised one by one or by loading the plan document again.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<TargetRevisionResponse>>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
