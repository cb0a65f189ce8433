using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Contracts;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Manabi.TalentRegistry.Contracts;
using Mediator;

namespace Manabi.SchoolCommunityCoordination.Features.Activities;

/// <summary>What is recorded of a session, when it is first recorded or corrected.</summary>
internal interface ISessionFields
{
    DateOnly? Date { get; }
    TimeOnly? StartsAt { get; }
    TimeOnly? EndsAt { get; }
    string? Place { get; }
    CollaborationSessionStatus? Status { get; }
    int? Children { get; }
    IReadOnlyList<Guid>? RegisteredPersonIds { get; }
    int? UnregisteredHelpers { get; }
}

internal abstract class SessionFieldsValidator<T> : AbstractValidator<T> where T : ISessionFields
{
    protected SessionFieldsValidator(TimeProvider clock)
    {
        RuleFor(c => c.Date).NotNull().Named("実施日", "date");
        RuleFor(c => c.Date).LessThanOrEqualTo(_ => JapanTimeToday(clock)).When(c => c.Status == CollaborationSessionStatus.Held)
            .Named("実施日", "date").Says("実施済みにできるのは今日までの回です。", "Only a session on or before today can be held.");
        RuleFor(c => c.EndsAt).GreaterThan(c => c.StartsAt).When(c => c.StartsAt is not null && c.EndsAt is not null)
            .Named("終了時刻", "endsAt").Says("終了時刻は開始時刻より後にしてください。", "endsAt must be after startsAt.");
        RuleFor(c => c.Place).MaximumLength(200).Named("場所", "place");
        RuleFor(c => c.Status).NotNull().IsInEnum().Named("実施状況", "status");
        RuleFor(c => c.Children).InclusiveBetween(0, 5000).Named("参加した子どもの数", "children");
        RuleFor(c => c.RegisteredPersonIds).MaxItems(300).Named("参加した登録ボランティア", "registeredPersonIds");
        RuleForEach(c => c.RegisteredPersonIds).NotEmpty().Named("参加した登録ボランティア", "registeredPersonIds");
        RuleFor(c => c.UnregisteredHelpers).InclusiveBetween(0, 1000).Named("登録のない協力者の数", "unregisteredHelpers");
    }

    private static DateOnly JapanTimeToday(TimeProvider clock) => JapanTime.DateOf(clock.GetUtcNow());
}

internal static class SessionRecording
{
    public static SessionDetails Details(this ISessionFields f) => new(f.Date!.Value, f.StartsAt, f.EndsAt, f.Place, f.Status!.Value, f.Children ?? 0,
        f.RegisteredPersonIds ?? [], f.UnregisteredHelpers ?? 0);

    /// <summary>Registered volunteers must be TalentRegistry people (any standing: they took part, whatever came after).</summary>
    public static async Task RequireRegisteredAsync(ISender sender, IReadOnlyList<Guid>? personIds, CancellationToken cancellationToken)
    {
        var ids = (personIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var known = (await sender.Send(new GetPeopleStandingQuery(ids), cancellationToken)).Select(p => p.PersonId).ToHashSet();
        if (ids.Where(id => !known.Contains(id)).ToList() is [_, ..] unknown)
        {
            throw ActivityErrors.UnknownVolunteers(unknown);
        }
    }

    public static void PublishRecorded(this SchoolCommunityCoordinationDbContext db, CollaborativeActivity activity, CollaborationSession session) =>
        db.Publish(new CollaborationSessionRecordedIntegrationEvent(session.Id, activity.Id, activity.DistrictId, activity.SchoolIds, activity.Kind,
            activity.CoordinatorRun, session.Date, session.Status, session.Children, [.. session.Participations.Select(p => p.PersonId)],
            session.UnregisteredHelpers));
}
