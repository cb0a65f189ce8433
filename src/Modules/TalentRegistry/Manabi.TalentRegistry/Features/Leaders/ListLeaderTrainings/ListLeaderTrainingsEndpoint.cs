using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.ListLeaderTrainings;

internal static class ListLeaderTrainingsEndpoint
{
    public static RouteHandlerBuilder MapListLeaderTrainings(this IEndpointRouteBuilder group) => group
        .MapGet("/leader-trainings", async (int? fiscalYear, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListLeaderTrainingsQuery(fiscalYear), ct)))
        .ParametersCheckedBy<ListLeaderTrainingsQuery>()
        .WithName("ListLeaderTrainings")
        .WithSummary("Leader trainings with every trainee's progress (staff)")
        .WithDescription("Newest fiscal year first (up to 100). Each trainee shows the sessions attended, what the completion rule still " +
            "asks of them, and their certification once certified.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<LeaderTrainingResponse>>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
