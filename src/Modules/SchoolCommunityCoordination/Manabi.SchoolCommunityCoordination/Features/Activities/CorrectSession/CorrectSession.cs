using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.CorrectSession;

/// <summary>A session corrected: held after all, cancelled, or with other children and volunteers. What it says replaces what was recorded.</summary>
internal sealed record CorrectSessionCommand(
    Guid ActivityId, Guid SessionId, DateOnly? Date, TimeOnly? StartsAt, TimeOnly? EndsAt, string? Place, CollaborationSessionStatus? Status, int? Children,
    IReadOnlyList<Guid>? RegisteredPersonIds, int? UnregisteredHelpers, Caller Caller) : ICommand<CollaborationSessionResponse>, ISessionFields;

internal sealed class CorrectSessionValidator(TimeProvider clock) : SessionFieldsValidator<CorrectSessionCommand>(clock);

internal sealed class CorrectSessionHandler(SchoolCommunityCoordinationDbContext db, ISender sender, CoordinatorScopes scopes)
    : ICommandHandler<CorrectSessionCommand, CollaborationSessionResponse>
{
    public async ValueTask<CollaborationSessionResponse> Handle(CorrectSessionCommand c, CancellationToken cancellationToken)
    {
        var scope = await scopes.OfAsync(c.Caller, cancellationToken);
        var activity = await ActivityAccess.ForRecordingAsync(db, c.ActivityId, scope, cancellationToken);
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == c.SessionId && s.ActivityId == activity.Id, cancellationToken)
            ?? throw ActivityErrors.SessionNotFound();
        await SessionRecording.RequireRegisteredAsync(sender, c.RegisteredPersonIds, cancellationToken);
        session.Record(c.Details());
        db.PublishRecorded(activity, session);
        await db.SaveChangesAsync(cancellationToken);
        return CollaborationSessionResponse.From(session);
    }
}
