using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Activities.VoidActivity;

/// <summary>Staff void a record entered by mistake; it stays in the history with its reason and stops counting.</summary>
internal sealed record VoidActivityCommand(Guid Id, string? Reason) : ICommand<ActivityResponse>;

internal sealed class VoidActivityValidator : AbstractValidator<VoidActivityCommand>
{
    public VoidActivityValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).Named("理由", "reason");
}

internal sealed class VoidActivityHandler(TalentRegistryDbContext db, TimeProvider clock) : ICommandHandler<VoidActivityCommand, ActivityResponse>
{
    public async ValueTask<ActivityResponse> Handle(VoidActivityCommand c, CancellationToken cancellationToken)
    {
        var record = await db.ActivityRecords.SingleOrDefaultAsync(r => r.Id == c.Id, cancellationToken) ?? throw ActivityErrors.NotFound();
        if (record.Void(c.Reason!, clock.GetUtcNow()))
        {
            db.Publish(new ActivityVoidedIntegrationEvent(record.Id, record.PersonId, record.Role, record.Kind, record.Date));
            await db.SaveChangesAsync(cancellationToken);
        }
        return ActivityResponse.From(record);
    }
}
