using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Learners.ReissuePassbook;

/// <summary>Issue a new passbook number for a lost passbook (staff); the old number stops working.</summary>
internal sealed record ReissuePassbookCommand(Guid LearnerId) : ICommand<LearnerResponse>;

internal sealed class ReissuePassbookValidator : AbstractValidator<ReissuePassbookCommand>
{
    public ReissuePassbookValidator() => RuleFor(c => c.LearnerId).NotEmpty();
}

internal sealed class ReissuePassbookHandler(PassbookDbContext db, PassbookQr qr) : ICommandHandler<ReissuePassbookCommand, LearnerResponse>
{
    public async ValueTask<LearnerResponse> Handle(ReissuePassbookCommand c, CancellationToken cancellationToken)
    {
        var learner = await db.Learners.SingleOrDefaultAsync(l => l.Id == c.LearnerId, cancellationToken)
            ?? throw new NotFoundException(new Text("学習手帳が見つかりません。", "No such passbook."));
        learner.Reissue(PassbookNumber.New());
        await db.SaveChangesAsync(cancellationToken);
        return LearnerResponse.From(learner, qr);
    }
}
