using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Data;
using Mediator;

namespace Manabi.TalentRegistry.Features.Needs.ProposePerson;

/// <summary>Staff propose a matched person for a need; the person answers.</summary>
internal sealed record ProposePersonCommand(Guid NeedId, Guid? PersonId) : ICommand<NeedResponse>;

internal sealed class ProposePersonValidator : AbstractValidator<ProposePersonCommand>
{
    public ProposePersonValidator() => RuleFor(c => c.PersonId).NotEmpty().Named("人材", "personId");
}

internal sealed class ProposePersonHandler(TalentRegistryDbContext db, NeedMatcher matcher, TimeProvider clock) : ICommandHandler<ProposePersonCommand, NeedResponse>
{
    public async ValueTask<NeedResponse> Handle(ProposePersonCommand c, CancellationToken cancellationToken)
    {
        var need = await NeedAccess.ByIdAsync(db, c.NeedId, cancellationToken);
        // Only someone the matching would list: the same rules, not a second copy of them.
        var matches = await matcher.MatchAsync(need, cancellationToken, take: int.MaxValue);
        if (matches.Excluded.FirstOrDefault(e => e.PersonId == c.PersonId) is { } excluded)
        {
            throw excluded.Code == "already-proposed" ? NeedErrors.AlreadyProposed() : NeedErrors.NotMatchable(excluded.Reason);
        }
        if (matches.Matches.All(m => m.PersonId != c.PersonId))
        {
            throw NeedErrors.NotMatchable("この役割の登録がない");
        }
        var proposal = need.Propose(c.PersonId!.Value, clock.GetUtcNow()) ?? throw NeedErrors.NotAnswerable();
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return NeedResponse.From(need);
    }
}
