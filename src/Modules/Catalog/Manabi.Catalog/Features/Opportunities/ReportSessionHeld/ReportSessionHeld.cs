using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Opportunities.ReportSessionHeld;

/// <summary>A provider's session took place; a partner system (<paramref name="CallerProviderId"/>) reports only its own.</summary>
internal sealed record ReportSessionHeldCommand(Guid ProviderId, string ExternalId, string SessionExternalId, int? Participants, Guid? CallerProviderId)
    : ICommand<SessionResponse>;

internal sealed class ReportSessionHeldValidator : AbstractValidator<ReportSessionHeldCommand>
{
    public ReportSessionHeldValidator() =>
        RuleFor(c => c.Participants).NotNull().InclusiveBetween(0, 100_000).Named("参加者数", "participants");
}

internal sealed class ReportSessionHeldHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<ReportSessionHeldCommand, SessionResponse>
{
    private static readonly Text NotStarted = new("開始前の開催回は実施報告できません。", "A session cannot be reported as held before it starts.");
    private static readonly Text Cancelled = new("中止された開催回は実施報告できません。", "A cancelled session cannot be reported as held.");

    public async ValueTask<SessionResponse> Handle(ReportSessionHeldCommand command, CancellationToken cancellationToken)
    {
        var provider = await ProviderScope.ResolveForChangeAsync(db, command.ProviderId, command.CallerProviderId, cancellationToken);
        var opportunity = await db.Opportunities.Include(o => o.Sessions)
                .SingleOrDefaultAsync(o => o.ProviderId == provider.Id && o.ExternalId == command.ExternalId, cancellationToken)
            ?? throw OpportunityErrors.NotFound();
        var session = opportunity.Sessions.SingleOrDefault(s => s.ExternalId == command.SessionExternalId)
            ?? throw new NotFoundException(new Text("指定された開催回は見つかりません。", "No such session."));
        var now = clock.GetUtcNow();
        if (session.StartsAt > now)
        {
            throw new BusinessRuleException(NotStarted, "session-not-started");
        }
        if (session.Status == SessionStatus.Cancelled)
        {
            throw new BusinessRuleException(Cancelled, "session-cancelled");
        }
        session.ReportHeld(command.Participants!.Value, now);
        opportunity.Touch(now);
        opportunity.MarkChanged((await FeedChanges.NextAsync(db, 1, cancellationToken))[0]);
        db.Publish(new SessionHeldIntegrationEvent(session.Id, opportunity.Id, provider.Id, opportunity.Kind, session.StartsAt,
            session.Participants!.Value, provider.IsBoardOfEducation, opportunity.BoardBrokered,
            [.. opportunity.Instructors.Select(i => i.Kind)], [.. opportunity.Instructors.Select(i => i.PersonId).OfType<Guid>()]));
        await db.SaveChangesAsync(cancellationToken);
        var venue = session.VenueId is { } v ? await db.Venues.AsNoTracking().SingleOrDefaultAsync(x => x.Id == v, cancellationToken) : null;
        return SessionResponse.From(session, venue);
    }
}
