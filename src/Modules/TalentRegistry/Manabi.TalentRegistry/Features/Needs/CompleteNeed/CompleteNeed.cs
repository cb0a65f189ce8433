using FluentValidation;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Manabi.TalentRegistry.Features.Activities;
using Manabi.TalentRegistry.Features.People;
using Mediator;

namespace Manabi.TalentRegistry.Features.Needs.CompleteNeed;

/// <summary>After its last date, staff close a need: each accepted person's part on each date becomes an activity record, in one action.</summary>
internal sealed record CompleteNeedCommand(Guid NeedId, string RecordedBy) : ICommand<NeedResponse>;

internal sealed class CompleteNeedValidator : AbstractValidator<CompleteNeedCommand>
{
    public CompleteNeedValidator() => RuleFor(c => c.NeedId).NotEmpty();
}

internal sealed class CompleteNeedHandler(TalentRegistryDbContext db, ActivityRecorder recorder, TimeProvider clock) : ICommandHandler<CompleteNeedCommand, NeedResponse>
{
    public async ValueTask<NeedResponse> Handle(CompleteNeedCommand c, CancellationToken cancellationToken)
    {
        var need = await NeedAccess.ByIdAsync(db, c.NeedId, cancellationToken);
        if (!need.Complete(clock.Today()))
        {
            throw NeedErrors.NotOver();
        }
        var kind = need.Requester switch
        {
            NeedRequester.SchoolCommunityActivity => ActivityKind.SchoolCommunityActivity,
            NeedRequester.Board => ActivityKind.SocialEducationProgramme,
            _ => ActivityKind.Other,
        };
        foreach (var proposal in need.Proposals.Where(p => p.Status == ProposalStatus.Accepted))
        {
            foreach (var date in need.Dates)
            {
                // Keyed by the need and the day: completing again, or staff entering the same, adds nothing.
                var occurrence = new ActivityOccurrence($"need:{need.Id}:{date:yyyy-MM-dd}", RoleIn(need.Role), kind, date, null, need.Title);
                await recorder.RecordAsync(proposal.PersonId, occurrence, ActivitySource.Staff, c.RecordedBy, cancellationToken);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return NeedResponse.From(need);
    }

    private static ActivityRole RoleIn(TalentRole role) => role switch
    {
        TalentRole.Instructor => ActivityRole.Instructor,
        TalentRole.Volunteer => ActivityRole.Volunteer,
        TalentRole.ChildrenSupporter => ActivityRole.ChildrenSupporter,
        _ => ActivityRole.Leader,
    };
}
