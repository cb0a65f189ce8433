using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Meetings.RecordMeeting;

internal static class RecordMeetingEndpoint
{
    public static RouteHandlerBuilder MapRecordMeeting(this IEndpointRouteBuilder group) => group
        .MapPost("/meetings", async (RecordMeetingRequest request, ISender sender, CancellationToken ct) =>
        {
            var meeting = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/school-community/meetings?fiscalYear={FiscalYear.OfDate(meeting.Date).StartYear}", meeting);
        })
        .WithName("RecordMeeting")
        .WithSummary("Record a coordinator training or exchange meeting (staff)")
        .WithDescription("A meeting that was held, with how many coordinators and volunteers attended. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<MeetingResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
