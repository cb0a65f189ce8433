using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.DeliveryLectures;

/// <summary>A request as the board's staff see it (with the group's contact details).</summary>
public sealed record LectureRequestResponse(
    Guid Id, Guid TopicId, string TopicTitle, string GroupName, string ContactName, string? ContactEmail, string? ContactPhone,
    IReadOnlyList<DateOnly> WishedDates, int ExpectedParticipants, string? Notes, LectureRequestStatus Status,
    DateTimeOffset? ScheduledAt, string? Place, DateOnly? DeliveredOn, int? Participants, string? InstructorReport, string? Reason,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    internal static LectureRequestResponse From(LectureRequest r, string topicTitle) => new(
        r.Id, r.TopicId, topicTitle, r.GroupName, r.ContactName, r.ContactEmail, r.ContactPhone, r.WishedDates, r.ExpectedParticipants,
        r.Notes, r.Status, r.ScheduledAt?.ToOffset(TimeSpan.FromHours(9)), r.Place, r.DeliveredOn, r.Participants, r.InstructorReport,
        r.Reason, r.CreatedAt, r.UpdatedAt);
}

internal sealed record ListLectureRequestsQuery(LectureRequestStatus? Status, string Reader) : IQuery<IReadOnlyList<LectureRequestResponse>>;

internal sealed class ListLectureRequestsHandler(CatalogDbContext db, TimeProvider clock) : IQueryHandler<ListLectureRequestsQuery, IReadOnlyList<LectureRequestResponse>>
{
    public async ValueTask<IReadOnlyList<LectureRequestResponse>> Handle(ListLectureRequestsQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.LectureRequests.AsNoTracking()
            .Where(r => query.Status == null || r.Status == query.Status)
            .Join(db.LectureTopics, r => r.TopicId, t => t.Id, (r, t) => new { Request = r, t.Title })
            .OrderByDescending(x => x.Request.CreatedAt).ThenBy(x => x.Request.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        // The list shows each group's contact: every row is a staff read of personal data.
        var now = clock.GetUtcNow();
        db.ContactReads.AddRange(rows.Select(x => ContactRead.Record(x.Request.Id, query.Reader, "lecture-request-list", now)));
        await db.SaveChangesAsync(cancellationToken);
        return rows.ConvertAll(x => LectureRequestResponse.From(x.Request, x.Title));
    }
}

/// <summary>
/// Move a request on in the brokering workflow. <c>Scheduled</c> needs <c>scheduledAt</c>;
/// <c>Delivered</c> needs <c>deliveredOn</c> and <c>participants</c>; <c>Declined</c> and <c>Cancelled</c> need a <c>reason</c>.
/// </summary>
/// <param name="Status">Arranging, Scheduled, Delivered, Declined or Cancelled.</param>
/// <param name="ScheduledAt">When it will be held.</param>
/// <param name="Place">Where.</param>
/// <param name="DeliveredOn">When it was held.</param>
/// <param name="Participants">Who took part.</param>
/// <param name="InstructorReport">The instructor's report.</param>
/// <param name="Reason">Why it was declined or cancelled.</param>
public sealed record MoveLectureRequestCommand(
    LectureRequestStatus? Status, DateTimeOffset? ScheduledAt, string? Place, DateOnly? DeliveredOn, int? Participants,
    string? InstructorReport, string? Reason) : ICommand<LectureRequestResponse>
{
    [System.Text.Json.Serialization.JsonIgnore] internal Guid Id { get; init; }

    /// <summary>Set when the group itself cancels with its tracking code.</summary>
    [System.Text.Json.Serialization.JsonIgnore] internal string? TrackingCode { get; init; }

    /// <summary>The staff member, who is shown the group's contact in the answer (audited).</summary>
    [System.Text.Json.Serialization.JsonIgnore] internal string? Reader { get; init; }
}

internal sealed class MoveLectureRequestValidator : AbstractValidator<MoveLectureRequestCommand>
{
    public MoveLectureRequestValidator()
    {
        RuleFor(c => c.Status).NotNull().IsInEnum().NotEqual(LectureRequestStatus.Requested).WithName("status");
        RuleFor(c => c.Participants).InclusiveBetween(0, 10_000).Named("参加者数", "participants");
        RuleFor(c => c.Place).MaximumLength(300);
        RuleFor(c => c.InstructorReport).MaximumLength(5000);
        RuleFor(c => c.Reason).MaximumLength(1000);
        RuleFor(c => c.Status).Equal(LectureRequestStatus.Cancelled).When(c => c.TrackingCode is not null)
            .Says("申込者ができるのは取り消しだけです。", "A group can only cancel its request.");
    }
}

internal sealed class MoveLectureRequestHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<MoveLectureRequestCommand, LectureRequestResponse>
{
    public async ValueTask<LectureRequestResponse> Handle(MoveLectureRequestCommand c, CancellationToken cancellationToken)
    {
        var request = c.TrackingCode is { } code
            ? await TrackingCode.FindAsync(db, c.Id, code, cancellationToken)
            : await db.LectureRequests.SingleOrDefaultAsync(r => r.Id == c.Id, cancellationToken) ?? throw LectureErrors.RequestNotFound();
        var topic = await db.LectureTopics.AsNoTracking().SingleAsync(t => t.Id == request.TopicId, cancellationToken);
        var from = request.Status;
        if (!request.MoveTo(c.Status!.Value, new LectureRequestTransition(c.ScheduledAt, c.Place, c.DeliveredOn, c.Participants, c.InstructorReport, c.Reason), clock.GetUtcNow()))
        {
            throw new BusinessRuleException(new Text(
                $"「{from}」から「{c.Status}」には進められません（必要な項目も確認してください）。",
                $"A request cannot move from {from} to {c.Status} (check the required fields too)."), "invalid-transition");
        }
        if (request.Status == LectureRequestStatus.Delivered)
        {
            db.Publish(new DeliveryLectureDeliveredIntegrationEvent(request.Id, topic.Id, topic.FieldCode, request.DeliveredOn!.Value, request.Participants!.Value,
                [.. topic.Instructors.Select(i => i.Kind)], [.. topic.Instructors.Select(i => i.PersonId).OfType<Guid>()]));
        }
        if (c.Reader is { } reader)
        {
            db.ContactReads.Add(ContactRead.Record(request.Id, reader, "lecture-request-update", clock.GetUtcNow()));
        }
        await db.SaveChangesAsync(cancellationToken);
        return LectureRequestResponse.From(request, topic.Title);
    }
}
