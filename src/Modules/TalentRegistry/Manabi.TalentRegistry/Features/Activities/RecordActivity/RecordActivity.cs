using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Activities.RecordActivity;

/// <summary>
/// Staff record a person's activity. An occurrence Catalog knows is named by its session or
/// delivery-lecture request, so the same occurrence reported by Catalog and by staff is one record.
/// </summary>
internal sealed record RecordActivityCommand(
    Guid? PersonId, ActivityRole? Role, ActivityKind? Kind, DateOnly? Date, decimal? Hours, Guid? SessionId, Guid? LectureRequestId,
    string? Reference, string? Title, string RecordedBy) : ICommand<RecordActivityResult>
{
    /// <summary>The occurrence as its key names it: a Catalog session, a delivery lecture, or kind, date and reference.</summary>
    public ActivityOccurrence ToOccurrence() => new(
        SessionId is { } session ? ActivityOccurrence.SessionKey(session)
            : LectureRequestId is { } lecture ? ActivityOccurrence.LectureKey(lecture)
            : ActivityOccurrence.OtherKey(Kind!.Value, Date!.Value, Reference!),
        Role!.Value, Kind!.Value, Date!.Value, Hours, Title);
}

/// <summary>The record, and whether this request created it (false: the occurrence was already recorded for the person).</summary>
/// <param name="Created">Whether this request created the record.</param>
/// <param name="Activity">The person's record of the occurrence.</param>
public sealed record RecordActivityResult(bool Created, ActivityResponse Activity);

internal sealed class RecordActivityValidator : AbstractValidator<RecordActivityCommand>
{
    public RecordActivityValidator(TimeProvider clock)
    {
        RuleFor(c => c.PersonId).NotEmpty().Named("人材", "personId");
        RuleFor(c => c.Role).NotNull().IsInEnum().Named("役割", "role");
        RuleFor(c => c.Kind).NotNull().IsInEnum().Named("活動の種類", "kind");
        RuleFor(c => c.Date).NotNull().LessThanOrEqualTo(_ => clock.Today()).Named("活動日", "date")
            .Says("活動日は今日以前の日付にしてください（予定は記録できません）。", "date cannot be in the future.");
        RuleFor(c => c.Hours).InclusiveBetween(0.25m, 24m).Named("活動時間", "hours");
        RuleFor(c => c.Reference).MaximumLength(100).Named("活動の名称（照合用）", "reference");
        RuleFor(c => c.Title).MaximumLength(200).Named("活動名", "title");
        RuleFor(c => c).Must(c => new[] { c.SessionId is not null, c.LectureRequestId is not null, !string.IsNullOrWhiteSpace(c.Reference) }.Count(x => x) == 1)
            .OverridePropertyName("reference")
            .Says("sessionId・lectureRequestId・reference のどれか一つで活動を特定してください。",
                "Name the occurrence with exactly one of sessionId, lectureRequestId or reference.");
    }
}

internal sealed class RecordActivityHandler(TalentRegistryDbContext db, ActivityRecorder recorder, TimeProvider clock)
    : ICommandHandler<RecordActivityCommand, RecordActivityResult>
{
    public async ValueTask<RecordActivityResult> Handle(RecordActivityCommand c, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.ByIdAsync(db, c.PersonId!.Value, cancellationToken);
        if (!ActivityRecorder.MayRecordFor(person.StatusOn(clock.Today())))
        {
            throw ActivityErrors.PersonNotActive();
        }
        var occurrence = c.ToOccurrence();
        var created = await recorder.RecordAsync(person.Id, occurrence, ActivitySource.Staff, c.RecordedBy, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var record = created ?? await db.ActivityRecords.AsNoTracking()
            .SingleAsync(r => r.PersonId == person.Id && r.OccurrenceKey == occurrence.Key, cancellationToken);
        return new(created is not null, ActivityResponse.From(record));
    }
}
