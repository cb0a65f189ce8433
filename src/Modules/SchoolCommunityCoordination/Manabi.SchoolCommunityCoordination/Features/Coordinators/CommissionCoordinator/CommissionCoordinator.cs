using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Manabi.SchoolCommunityCoordination.Features.Schools;
using Manabi.TalentRegistry.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Coordinators.CommissionCoordinator;

/// <summary>Staff commission (委嘱) a registered person as coordinator of one or more districts for a period.</summary>
internal sealed record CommissionCoordinatorCommand(Guid? PersonId, IReadOnlyList<Guid>? DistrictIds, DateOnly? From, DateOnly? Until)
    : ICommand<CommissionResponse>;

internal sealed class CommissionCoordinatorValidator : AbstractValidator<CommissionCoordinatorCommand>
{
    public CommissionCoordinatorValidator()
    {
        RuleFor(c => c.PersonId).NotEmpty().Named("推進員", "personId");
        RuleFor(c => c.DistrictIds).NotEmpty().MaxItems(20).Named("中学校区", "districtIds");
        RuleFor(c => c.From).NotNull().Named("委嘱の開始日", "from");
        RuleFor(c => c.Until).GreaterThanOrEqualTo(c => c.From).When(c => c.From is not null && c.Until is not null).Named("委嘱の終了日", "until")
            .Says("委嘱の終了日は開始日より後にしてください。", "until cannot precede from.");
    }
}

internal sealed class CommissionCoordinatorHandler(SchoolCommunityCoordinationDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<CommissionCoordinatorCommand, CommissionResponse>
{
    public async ValueTask<CommissionResponse> Handle(CommissionCoordinatorCommand c, CancellationToken cancellationToken)
    {
        var standing = (await sender.Send(new GetPeopleStandingQuery([c.PersonId!.Value]), cancellationToken)).SingleOrDefault();
        if (standing is not { Status: PersonStatus.Active } || !standing.Roles.Any(r => r is TalentRole.ChildrenSupporter or TalentRole.CommunityLeader))
        {
            throw CoordinatorErrors.NotEligible();
        }
        var ids = c.DistrictIds!.Distinct().ToList();
        if (await db.Districts.CountAsync(d => ids.Contains(d.Id), cancellationToken) != ids.Count)
        {
            throw SchoolErrors.UnknownDistrict("districtIds");
        }
        var commission = Commission.Commit(standing.PersonId, ids, c.From!.Value, c.Until, clock.GetUtcNow());
        db.Commissions.Add(commission);
        db.Publish(new CoordinatorCommissionedIntegrationEvent(commission.Id, commission.PersonId, commission.DistrictIds, commission.From, commission.Until));
        await db.SaveChangesAsync(cancellationToken);
        return CommissionResponse.Of(commission);
    }
}
