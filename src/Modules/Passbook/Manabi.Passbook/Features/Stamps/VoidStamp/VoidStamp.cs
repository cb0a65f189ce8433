using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Features.Commendations;
using Manabi.Passbook.Features.Learners;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Stamps.VoidStamp;

/// <summary>Void a stamp; a partner system (<paramref name="CallerProviderId"/>) only one its provider gave.</summary>
internal sealed record VoidStampCommand(Guid StampId, string? Reason, Guid? CallerProviderId, string VoidedBy) : ICommand;

internal sealed class VoidStampValidator : AbstractValidator<VoidStampCommand>
{
    public VoidStampValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).Named("理由", "reason");
}

internal sealed class VoidStampHandler(PassbookDbContext db, TimeProvider clock) : ICommandHandler<VoidStampCommand>
{
    public async ValueTask<Unit> Handle(VoidStampCommand c, CancellationToken cancellationToken)
    {
        var learnerId = await db.Stamps.Where(s => s.Id == c.StampId && (c.CallerProviderId == null || s.ProviderId == c.CallerProviderId))
            .Select(s => (Guid?)s.LearnerId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(new Text("スタンプが見つかりません。", "No such stamp."));
        var learner = await LearnerLock.ByIdAsync(db, learnerId, cancellationToken) ?? throw new InvalidOperationException("A stamp's learner always exists.");
        var stamp = await db.Stamps.SingleAsync(s => s.Id == c.StampId, cancellationToken);
        var now = clock.GetUtcNow();
        if (stamp.Void(c.Reason!, c.VoidedBy, now))
        {
            db.Publish(new StampVoidedIntegrationEvent(stamp.Id, stamp.LearnerId, stamp.SessionId, stamp.OpportunityId, stamp.Credits));
            await db.SaveChangesAsync(cancellationToken);
            await CommendationEvaluator.EvaluateAsync(db, learner, now, cancellationToken);
        }
        return Unit.Value;
    }
}
