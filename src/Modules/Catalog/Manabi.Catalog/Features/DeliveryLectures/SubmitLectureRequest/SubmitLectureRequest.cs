using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.DeliveryLectures.SubmitLectureRequest;

internal sealed record SubmitLectureRequestCommand(
    Guid? TopicId, string? GroupName, string? ContactName, string? ContactEmail, string? ContactPhone,
    IReadOnlyList<DateOnly>? WishedDates, int? ExpectedParticipants, string? Notes) : ICommand<SubmittedLectureRequest>;

/// <summary>The request as submitted. Keep <c>trackingCode</c>: it is shown only once and lets the group follow its request.</summary>
public sealed record SubmittedLectureRequest(Guid Id, string TrackingCode, LectureRequestStatus Status);

internal sealed class SubmitLectureRequestValidator : AbstractValidator<SubmitLectureRequestCommand>
{
    public SubmitLectureRequestValidator()
    {
        RuleFor(c => c.TopicId).NotEmpty().Named("講座メニュー", "topicId");
        RuleFor(c => c.GroupName).NotEmpty().MaximumLength(200).Named("団体名", "groupName");
        RuleFor(c => c.ContactName).NotEmpty().MaximumLength(100).Named("連絡担当者", "contactName");
        RuleFor(c => c.ContactEmail).EmailAddress().MaximumLength(254).Named("メールアドレス", "contactEmail");
        RuleFor(c => c.ContactPhone).MaximumLength(30).Matches(@"^[0-9+\-() ]{6,30}$").When(c => c.ContactPhone is not null).Named("電話番号", "contactPhone");
        RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.ContactEmail) || !string.IsNullOrWhiteSpace(c.ContactPhone))
            .OverridePropertyName("ContactEmail")
            .Says("メールアドレスか電話番号のどちらかを入力してください。", "Give an e-mail address or a phone number.");
        RuleFor(c => c.WishedDates).NotEmpty().MaxItems(5).Named("希望日", "wishedDates");
        RuleFor(c => c.ExpectedParticipants).NotNull().InclusiveBetween(1, 10_000).Named("参加予定人数", "expectedParticipants");
        RuleFor(c => c.Notes).MaximumLength(2000).Named("備考", "notes");
    }
}

internal sealed class SubmitLectureRequestHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<SubmitLectureRequestCommand, SubmittedLectureRequest>
{

    public async ValueTask<SubmittedLectureRequest> Handle(SubmitLectureRequestCommand c, CancellationToken cancellationToken)
    {
        var topic = await db.LectureTopics.AsNoTracking().SingleOrDefaultAsync(t => t.Id == c.TopicId && t.Active, cancellationToken)
            ?? throw LectureErrors.TopicNotFound();
        var now = clock.GetUtcNow();
        var earliest = topic.EarliestDate(JapanTime.DateOf(now));
        if (c.WishedDates!.Any(d => d < earliest))
        {
            throw new BusinessRuleException(new Text(
                $"この講座は{topic.LeadTimeDays}日前までにお申し込みください。{JapaneseDates.Date(earliest)}以降の日をご希望ください。",
                $"This lecture needs {topic.LeadTimeDays} days' notice: wish for {earliest:yyyy-MM-dd} or later."), "lead-time");
        }
        if (c.ExpectedParticipants < topic.MinimumGroupSize)
        {
            throw new BusinessRuleException(new Text(
                $"この講座は {topic.MinimumGroupSize} 人以上の団体が対象です。", $"This lecture is for groups of {topic.MinimumGroupSize} or more."), "group-too-small");
        }
        var code = TrackingCode.New();
        var request = LectureRequest.Submit(topic.Id, new LectureRequestDetails(c.GroupName!, c.ContactName!, c.ContactEmail.NullIfBlank(), c.ContactPhone.NullIfBlank(),
            c.WishedDates!, c.ExpectedParticipants!.Value, c.Notes.NullIfBlank()), TrackingCode.Hash(code), now);
        db.LectureRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return new SubmittedLectureRequest(request.Id, code, request.Status);
    }
}
