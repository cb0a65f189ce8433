using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Coordinators.EndCommission;

/// <summary>Staff end a commission early: from the day after, the coordinator no longer reaches those districts.</summary>
internal sealed record EndCommissionCommand(Guid Id, DateOnly? LastDay, string? Reason) : ICommand<CommissionResponse>;

internal sealed class EndCommissionValidator : AbstractValidator<EndCommissionCommand>
{
    public EndCommissionValidator()
    {
        RuleFor(c => c.LastDay).NotNull().Named("最終日", "lastDay");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).Named("理由", "reason");
    }
}

internal sealed class EndCommissionHandler(SchoolCommunityCoordinationDbContext db) : ICommandHandler<EndCommissionCommand, CommissionResponse>
{
    public async ValueTask<CommissionResponse> Handle(EndCommissionCommand c, CancellationToken cancellationToken)
    {
        var commission = await db.Commissions.SingleOrDefaultAsync(x => x.Id == c.Id, cancellationToken) ?? throw CoordinatorErrors.CommissionNotFound();
        if (!commission.End(c.LastDay!.Value, c.Reason!))
        {
            throw CoordinatorErrors.CannotEnd();
        }
        db.Publish(new CoordinatorCommissionEndedIntegrationEvent(commission.Id, commission.PersonId, c.LastDay.Value));
        await db.SaveChangesAsync(cancellationToken);
        return CommissionResponse.Of(commission);
    }
}
