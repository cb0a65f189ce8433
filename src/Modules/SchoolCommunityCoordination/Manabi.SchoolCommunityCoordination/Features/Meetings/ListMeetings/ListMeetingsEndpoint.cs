using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Meetings.ListMeetings;

internal static class ListMeetingsEndpoint
{
    public static RouteHandlerBuilder MapListMeetings(this IEndpointRouteBuilder group) => group
        .MapGet("/meetings", async (int? fiscalYear, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListMeetingsQuery(fiscalYear), ct)))
        .ParametersCheckedBy<ListMeetingsQuery>()
        .WithName("ListMeetings")
        .WithSummary("Coordinator trainings and exchange meetings of a fiscal year (coordinator or staff)")
        .WithDescription("This fiscal year unless `fiscalYear` says, by date, with attendance.")
        .RequireAuthorization(Policies.Coordinator)
        .Produces<IReadOnlyList<MeetingResponse>>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
