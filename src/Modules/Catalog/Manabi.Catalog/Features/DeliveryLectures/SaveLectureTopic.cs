using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.DeliveryLectures;

/// <summary>
/// Add a topic (<paramref name="Id"/> null) or replace one: the one handler behind AddLectureTopic and
/// UpdateLectureTopic, which differ only in their routes.
/// </summary>
internal sealed record SaveLectureTopicCommand(
    Guid? Id, string? Title, string? Description, string? FieldCode, IReadOnlyList<InstructorInput>? Instructors,
    int? DurationMinutes, int? MinimumGroupSize, int? LeadTimeDays, bool OnlinePossible, bool? Active, uint? ExpectedVersion)
    : ICommand<Versioned<LectureTopicResponse>>;

internal sealed class SaveLectureTopicValidator : AbstractValidator<SaveLectureTopicCommand>
{
    public SaveLectureTopicValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200).Named("タイトル", "title");
        RuleFor(c => c.Description).NotEmpty().MaximumLength(5000).Named("内容", "description");
        RuleFor(c => c.FieldCode).NotEmpty().MaximumLength(80).Named("分野", "fieldCode");
        RuleFor(c => c.Instructors).NotEmpty().MaxItems(10).Named("講師", "instructors");
        RuleForEach(c => c.Instructors).NotNull().Named("講師", "instructors").ChildRules(i =>
        {
            i.RuleFor(x => x.Name).NotEmpty().MaximumLength(100).Named("講師名", "name");
            i.RuleFor(x => x.Kind).NotNull().IsInEnum().Named("講師の区分", "kind");
        });
        RuleFor(c => c.DurationMinutes).NotNull().InclusiveBetween(15, 480).Named("所要時間", "durationMinutes");
        RuleFor(c => c.MinimumGroupSize).NotNull().InclusiveBetween(1, 1000).Named("最少人数", "minimumGroupSize");
        RuleFor(c => c.LeadTimeDays).NotNull().InclusiveBetween(0, 365).Named("申込期限（日前）", "leadTimeDays");
    }
}

internal sealed class SaveLectureTopicHandler(CatalogDbContext db, InstructorLinks instructorLinks, TimeProvider clock) : ICommandHandler<SaveLectureTopicCommand, Versioned<LectureTopicResponse>>
{
    public async ValueTask<Versioned<LectureTopicResponse>> Handle(SaveLectureTopicCommand c, CancellationToken cancellationToken)
    {
        if (!await db.Fields.AnyAsync(f => f.Code == c.FieldCode, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("FieldCode",
                new Text($"分野コード「{c.FieldCode}」はありません。", $"Unknown field code '{c.FieldCode}'.").Current)]);
        }
        var details = new LectureTopicDetails(c.Title!, c.Description!, c.FieldCode!,
            [.. c.Instructors!.Select(i => new Instructor(i.Name!.Trim(), i.Kind!.Value, i.PersonId))],
            c.DurationMinutes!.Value, c.MinimumGroupSize!.Value, c.LeadTimeDays!.Value, c.OnlinePossible, c.Active ?? true);
        LectureTopic topic;
        if (c.Id is { } id)
        {
            topic = await db.LectureTopics.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw LectureErrors.TopicNotFound();
            if (c.ExpectedVersion is { } expected)
            {
                if (topic.Version != expected) throw new PreconditionFailedException();
                db.Entry(topic).Property(t => t.Version).OriginalValue = expected;
            }
            await RequireLinkableAsync(c.Instructors, topic.Instructors.Select(i => i.PersonId), cancellationToken);
            topic.Update(details);
        }
        else
        {
            await RequireLinkableAsync(c.Instructors, [], cancellationToken);
            topic = LectureTopic.Create(details, clock.GetUtcNow());
            db.LectureTopics.Add(topic);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(LectureTopicResponse.From(topic), topic.Version);
    }

    private async Task RequireLinkableAsync(IReadOnlyList<InstructorInput>? instructors, IEnumerable<Guid?> linked, CancellationToken cancellationToken)
    {
        var active = await instructorLinks.ActiveAsync((instructors ?? []).Select(i => i.PersonId), cancellationToken);
        var failures = InstructorLinks.Failures(instructors, active, linked).ToList();
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}
