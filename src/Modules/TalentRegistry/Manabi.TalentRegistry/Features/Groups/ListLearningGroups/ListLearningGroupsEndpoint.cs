using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Groups.ListLearningGroups;

internal static class ListLearningGroupsEndpoint
{
    public static RouteHandlerBuilder MapListLearningGroups(this IEndpointRouteBuilder group) => group
        .MapGet("/learning-groups", async (int? activeIn, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListLearningGroupsQuery(activeIn), ct)))
        .ParametersCheckedBy<ListLearningGroupsQuery>()
        .WithName("ListLearningGroups")
        .WithSummary("Learning groups formed after board courses (staff)")
        .WithDescription("By name (up to 1,000), with their reports. `activeIn=2026` keeps the groups that reported activity in 2026年度.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<LearningGroupResponse>>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
