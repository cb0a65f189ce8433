using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.TalentRegistry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Activities.ListSelfReports;

internal static class ListSelfReportsEndpoint
{
    public static RouteHandlerBuilder MapListSelfReports(this IEndpointRouteBuilder group) => group
        .MapGet("/activity-reports", async (SelfReportStatus? status, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListSelfReportsQuery(status), ct)))
        .ParametersCheckedBy<ListSelfReportsQuery>()
        .WithName("ListSelfReports")
        .WithSummary("People's own activity reports to decide on (staff)")
        .WithDescription("Oldest first (up to 500); `status` Pending (default), Approved or Rejected.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<SelfReportResponse>>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
