using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.PlanActivity;

/// <summary>A coordinator (in their districts) or staff plan a collaborative activity for a district's schools.</summary>
internal sealed record PlanActivityCommand(
    Guid? DistrictId, IReadOnlyList<Guid>? SchoolIds, CollaborationKind? Kind, string? Title, bool? CoordinatorRun, Caller Caller)
    : ICommand<CollaborativeActivityResponse>;

internal sealed class PlanActivityValidator : AbstractValidator<PlanActivityCommand>
{
    public PlanActivityValidator()
    {
        RuleFor(c => c.DistrictId).NotEmpty().Named("中学校区", "districtId");
        RuleFor(c => c.SchoolIds).NotNull().MaxItems(20).Named("学校", "schoolIds");
        RuleFor(c => c.Kind).NotNull().IsInEnum().Named("活動の種類", "kind");
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200).Named("活動名", "title");
        RuleFor(c => c.CoordinatorRun).NotNull().Named("推進員が企画・実施するか", "coordinatorRun");
    }
}

internal sealed class PlanActivityHandler(SchoolCommunityCoordinationDbContext db, CoordinatorScopes scopes, TimeProvider clock) : ICommandHandler<PlanActivityCommand, CollaborativeActivityResponse>
{
    public async ValueTask<CollaborativeActivityResponse> Handle(PlanActivityCommand c, CancellationToken cancellationToken)
    {
        var scope = await scopes.OfAsync(c.Caller, cancellationToken);
        // Another district is not the coordinator's to plan in: it does not exist for them.
        if (!scope.Covers(c.DistrictId!.Value) || !await db.Districts.AnyAsync(d => d.Id == c.DistrictId, cancellationToken))
        {
            throw ActivityErrors.NotFound();
        }
        var schoolIds = c.SchoolIds!.Distinct().ToList();
        if (await db.Schools.CountAsync(s => schoolIds.Contains(s.Id) && s.DistrictId == c.DistrictId, cancellationToken) != schoolIds.Count)
        {
            throw ActivityErrors.SchoolsOutsideDistrict();
        }
        var activity = CollaborativeActivity.Plan(c.DistrictId.Value, schoolIds, c.Kind!.Value, c.Title!, c.CoordinatorRun!.Value, c.Caller.Subject, clock.GetUtcNow());
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return CollaborativeActivityResponse.From(activity, []);
    }
}
