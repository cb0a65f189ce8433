using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Needs.AnswerProposal;

/// <summary>The person accepts (is assigned) or declines a proposal of theirs; someone else's is 404.</summary>
internal sealed record AnswerProposalCommand(Guid ProposalId, string Subject, bool? Accept) : ICommand<ProposalResponse>;

internal sealed class AnswerProposalValidator : AbstractValidator<AnswerProposalCommand>
{
    public AnswerProposalValidator() => RuleFor(c => c.Accept).NotNull().Named("お返事", "accept");
}

internal sealed class AnswerProposalHandler(TalentRegistryDbContext db, TimeProvider clock) : ICommandHandler<AnswerProposalCommand, ProposalResponse>
{
    public async ValueTask<ProposalResponse> Handle(AnswerProposalCommand c, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.MineAsync(db, c.Subject, cancellationToken);
        var need = await db.Needs.Include(n => n.Proposals)
            .SingleOrDefaultAsync(n => n.Proposals.Any(p => p.Id == c.ProposalId && p.PersonId == person.Id), cancellationToken)
            ?? throw NeedErrors.ProposalNotFound();
        var proposal = need.Proposals.Single(p => p.Id == c.ProposalId);
        if (c.Accept == true)
        {
            // Serialise this person's acceptances, so two overlapping ones at once cannot both pass the check.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM talent.people WHERE id = {person.Id} FOR UPDATE", cancellationToken);
            var assigned = await db.Needs.AsNoTracking().Include(n => n.Proposals)
                .Where(n => n.Id != need.Id && n.Status == NeedStatus.Open && n.Proposals.Any(p => p.PersonId == person.Id && p.Status == ProposalStatus.Accepted))
                .ToListAsync(cancellationToken);
            if (assigned.Any(need.Overlaps))
            {
                throw NeedErrors.Overlapping();
            }
        }
        if (need.Status != NeedStatus.Open || !proposal.Answer(c.Accept!.Value, clock.GetUtcNow()))
        {
            throw NeedErrors.NotAnswerable();
        }
        await db.SaveChangesAsync(cancellationToken);
        return ProposalResponse.From(proposal, need);
    }
}
