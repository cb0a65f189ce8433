using Manabi.BuildingBlocks.Data;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.DeliveryLectures.MoveLectureRequest;

/// <summary>
/// Move a request on: staff (<paramref name="Reader"/>, who is shown the group's contact in the answer, audited), or the group
/// itself cancelling with its <paramref name="TrackingCode"/>.
/// </summary>
internal sealed record MoveLectureRequestCommand(
    Guid Id, LectureRequestStatus? Status, DateTimeOffset? ScheduledAt, string? Place, DateOnly? DeliveredOn, int? Participants,
    string? InstructorReport, string? Reason, string? TrackingCode, string? Reader) : ICommand<LectureRequestResponse>;

internal sealed class MoveLectureRequestValidator : AbstractValidator<MoveLectureRequestCommand>
{
    public MoveLectureRequestValidator()
    {
        RuleFor(c => c.Status).NotNull().IsInEnum().NotEqual(LectureRequestStatus.Requested).WithName("status");
        RuleFor(c => c.Participants).InclusiveBetween(0, 10_000).Named("参加者数", "participants");
        RuleFor(c => c.Place).MaximumLength(300);
        RuleFor(c => c.InstructorReport).MaximumLength(5000);
        RuleFor(c => c.Reason).MaximumLength(1000);
        RuleFor(c => c.TrackingCode).MaximumLength(64).WithName("code");
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
        var now = clock.GetUtcNow();
        if (c.Status == LectureRequestStatus.Delivered && c.DeliveredOn > JapanTime.DateOf(now))
        {
            throw new BusinessRuleException(new Text("実施日が今日より後になっています。実施してから記録してください。",
                "deliveredOn is in the future: record a lecture once it has taken place."), "delivered-in-future");
        }
        if (!request.MoveTo(c.Status!.Value, new LectureRequestTransition(c.ScheduledAt, c.Place, c.DeliveredOn, c.Participants, c.InstructorReport, c.Reason), now))
        {
            throw new BusinessRuleException(new Text(
                $"「{LectureStatusNames.Japanese(from)}」の申込みは「{LectureStatusNames.Japanese(c.Status.Value)}」にできません。必要な項目が入っているかも確かめてください。",
                $"A request cannot move from {from} to {c.Status} (check the required fields too)."), "invalid-transition");
        }
        if (request.Status == LectureRequestStatus.Delivered)
        {
            db.Publish(new DeliveryLectureDeliveredIntegrationEvent(request.Id, topic.Id, topic.FieldCode, request.DeliveredOn!.Value, request.Participants!.Value,
                [.. topic.Instructors.Select(i => i.Kind)], [.. topic.Instructors.Select(i => i.PersonId).OfType<Guid>()]));
        }
        if (c.Reader is { } reader)
        {
            db.ContactReads.Add(PersonalDataRead.Record(request.Id, reader, "lecture-request-update", clock.GetUtcNow()));
        }
        await db.SaveChangesAsync(cancellationToken);
        return LectureRequestResponse.From(request, topic.Title);
    }
}
