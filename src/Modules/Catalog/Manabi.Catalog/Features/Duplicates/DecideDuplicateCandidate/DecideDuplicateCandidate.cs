using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Duplicates.DecideDuplicateCandidate;

internal sealed record DecideDuplicateCommand(Guid Id, DuplicateVerdict? Verdict, string DecidedBy) : ICommand;

internal sealed class DecideDuplicateValidator : AbstractValidator<DecideDuplicateCommand>
{
    public DecideDuplicateValidator() =>
        RuleFor(c => c.Verdict).NotNull().Must(v => v is DuplicateVerdict.Distinct or DuplicateVerdict.Same).WithName("verdict")
            .Says("verdict は Distinct か Same です。", "verdict is Distinct or Same.");
}

internal sealed class DecideDuplicateHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<DecideDuplicateCommand>
{
    public async ValueTask<Unit> Handle(DecideDuplicateCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.DuplicateCandidates.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(new Text("指定された重複候補は見つかりません。", "No such duplicate candidate."));
        candidate.Decide(command.Verdict!.Value, command.DecidedBy, clock.GetUtcNow());
        // "Same": the later copy (ids are time-ordered, so the second) steps aside for the earlier;
        // "Distinct" after "Same" brings it back. Either is a public change, so it takes a change
        // number: search, the feed and digests see it like any other.
        var later = await db.Opportunities.SingleAsync(o => o.Id == candidate.SecondOpportunityId, cancellationToken);
        if (later.MarkDuplicateOf(command.Verdict == DuplicateVerdict.Same ? candidate.FirstOpportunityId : null))
        {
            later.MarkChanged((await FeedChanges.NextAsync(db, 1, cancellationToken))[0]);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
