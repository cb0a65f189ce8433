using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.RecordSession;

/// <summary>A session of an activity: planned, or held with the children and volunteers who took part, or cancelled.</summary>
internal sealed record RecordSessionCommand(
    Guid ActivityId, DateOnly? Date, TimeOnly? StartsAt, TimeOnly? EndsAt, string? Place, CollaborationSessionStatus? Status, int? Children,
    IReadOnlyList<Guid>? RegisteredPersonIds, int? UnregisteredHelpers, Caller Caller) : ICommand<CollaborationSessionResponse>, ISessionFields;

internal sealed class RecordSessionValidator(TimeProvider clock) : SessionFieldsValidator<RecordSessionCommand>(clock);

internal sealed class RecordSessionHandler(SchoolCommunityCoordinationDbContext db, ISender sender, CoordinatorScopes scopes, TimeProvider clock)
    : ICommandHandler<RecordSessionCommand, CollaborationSessionResponse>
{
    public async ValueTask<CollaborationSessionResponse> Handle(RecordSessionCommand c, CancellationToken cancellationToken)
    {
        var scope = await scopes.OfAsync(c.Caller, cancellationToken);
        var activity = await ActivityAccess.ForRecordingAsync(db, c.ActivityId, scope, cancellationToken);
        await SessionRecording.RequireRegisteredAsync(sender, c.RegisteredPersonIds, cancellationToken);
        var session = activity.NewSession(c.Details(), clock.GetUtcNow());
        db.Sessions.Add(session);
        db.PublishRecorded(activity, session);
        await db.SaveChangesAsync(cancellationToken);
        return CollaborationSessionResponse.From(session);
    }
}
