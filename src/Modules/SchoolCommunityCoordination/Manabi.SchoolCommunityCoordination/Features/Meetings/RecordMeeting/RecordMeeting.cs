using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Contracts;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Mediator;

namespace Manabi.SchoolCommunityCoordination.Features.Meetings.RecordMeeting;

/// <summary>Staff record a coordinator training or an exchange meeting that was held, with its attendance.</summary>
internal sealed record RecordMeetingCommand(MeetingKind? Kind, string? Title, DateOnly? Date, int? Coordinators, int? Volunteers) : ICommand<MeetingResponse>;

internal sealed class RecordMeetingValidator : AbstractValidator<RecordMeetingCommand>
{
    public RecordMeetingValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum().Named("種類", "kind");
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200).Named("名前", "title");
        RuleFor(c => c.Date).NotNull().LessThanOrEqualTo(_ => JapanTime.DateOf(clock.GetUtcNow())).Named("開催日", "date")
            .Says("開催日は今日までの日付にしてください（開かれた会を記録します）。", "date is today or earlier: record meetings that were held.");
        RuleFor(c => c.Coordinators).NotNull().InclusiveBetween(0, 1000).Named("参加した推進員の数", "coordinators");
        RuleFor(c => c.Volunteers).NotNull().InclusiveBetween(0, 5000).Named("参加したボランティアの数", "volunteers");
    }
}

internal sealed class RecordMeetingHandler(SchoolCommunityCoordinationDbContext db, TimeProvider clock) : ICommandHandler<RecordMeetingCommand, MeetingResponse>
{
    public async ValueTask<MeetingResponse> Handle(RecordMeetingCommand c, CancellationToken cancellationToken)
    {
        var meeting = CoordinationMeeting.Hold(c.Kind!.Value, c.Title!, c.Date!.Value, c.Coordinators!.Value, c.Volunteers!.Value, clock.GetUtcNow());
        db.Meetings.Add(meeting);
        db.Publish(new CoordinationMeetingHeldIntegrationEvent(meeting.Id, meeting.Kind, meeting.Date, meeting.Coordinators, meeting.Volunteers));
        await db.SaveChangesAsync(cancellationToken);
        return MeetingResponse.From(meeting);
    }
}
