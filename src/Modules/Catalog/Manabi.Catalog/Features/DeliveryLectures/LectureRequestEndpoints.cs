using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.DeliveryLectures;

internal static class LectureRequestEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/delivery-lectures/requests", async (SubmitLectureRequestCommand command, ISender sender, CancellationToken ct) =>
            {
                var submitted = await sender.Send(command, ct);
                return Results.Created($"/api/v1/catalog/delivery-lectures/requests/{submitted.Id}/status", submitted);
            })
            .WithName("SubmitLectureRequest")
            .WithSummary("Request a delivery lecture")
            .WithDescription("Public: a group asks for a lecture from the menu. The answer holds a tracking code, shown once, to follow or cancel the request. " +
                "Refused with 422 when the wished dates are inside the topic's lead time or the group is smaller than its minimum. Honours `Idempotency-Key`.")
            .AllowAnonymous()
            .Idempotent()
            .Produces<SubmittedLectureRequest>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/delivery-lectures/requests/{id:guid}/status", async (Guid id, string? code, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new TrackLectureRequestQuery(id, code), ct)))
            .WithName("TrackLectureRequest")
            .WithSummary("Follow a delivery-lecture request")
            .WithDescription("Public, with the tracking code (`code`): where the request stands. A wrong code answers 404.")
            .AllowAnonymous()
            .Produces<LectureRequestStatusResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/delivery-lectures/requests/{id:guid}/cancel", async (Guid id, string? code, CancelByGroup body, ISender sender, CancellationToken ct) =>
                Results.Ok(ToStatus(await sender.Send(new MoveLectureRequestCommand(LectureRequestStatus.Cancelled, null, null, null, null, null, body.Reason)
                    { Id = id, TrackingCode = code ?? "" }, ct))))
            .WithName("CancelLectureRequest")
            .WithSummary("Cancel a delivery-lecture request (the requesting group)")
            .WithDescription("Public, with the tracking code (`code`) and a reason.")
            .AllowAnonymous()
            .Produces<LectureRequestStatusResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/delivery-lectures/requests", async (LectureRequestStatus? status, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListLectureRequestsQuery(status, user.Actor()), ct)))
            .WithName("ListLectureRequests")
            .WithSummary("Delivery-lecture requests")
            .WithDescription("Staff: the newest 500, optionally of one status. Each request shown is recorded as a read of the group's contact details.")
            .RequireAuthorization(Policies.Staff)
            .Produces<IReadOnlyList<LectureRequestResponse>>()
            .ProducesAuthProblems();
        group.MapPost("/delivery-lectures/requests/{id:guid}/status", async (Guid id, MoveLectureRequestCommand command, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(command with { Id = id, Reader = user.Actor() }, ct)))
            .WithName("MoveLectureRequest")
            .WithSummary("Move a delivery-lecture request on")
            .WithDescription("Staff broker the request: requested → arranging → scheduled → delivered, or declined / cancelled with a reason. " +
                "Delivering tells the indicators (sessions and participants of board-brokered learning).")
            .RequireAuthorization(Policies.Staff)
            .Produces<LectureRequestResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesAuthProblems();
    }

    private static LectureRequestStatusResponse ToStatus(LectureRequestResponse r) => new(r.Id, r.TopicTitle, r.Status, r.ScheduledAt, r.Place, r.Reason);
}

/// <summary>Why the group cancels.</summary>
public sealed record CancelByGroup(string? Reason);
