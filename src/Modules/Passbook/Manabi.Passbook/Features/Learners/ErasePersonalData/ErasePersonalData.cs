using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Learners.ErasePersonalData;

/// <summary>Erase a learner's personal data (their own request, or staff acting on one).</summary>
internal sealed record ErasePersonalDataCommand(Guid? LearnerId, LearnerReader Reader) : ICommand;

internal sealed class ErasePersonalDataValidator : AbstractValidator<ErasePersonalDataCommand>
{
    public ErasePersonalDataValidator() => RuleFor(c => c.LearnerId).NotNull().When(c => c.Reader.IsStaff);
}

internal sealed class ErasePersonalDataHandler(PassbookDbContext db, TimeProvider clock) : ICommandHandler<ErasePersonalDataCommand>
{
    public async ValueTask<Unit> Handle(ErasePersonalDataCommand c, CancellationToken cancellationToken)
    {
        var learner = await db.Learners.SingleOrDefaultAsync(l => c.Reader.IsStaff ? l.Id == c.LearnerId : l.Subject == c.Reader.Subject, cancellationToken)
            ?? throw new NotFoundException(new Text("学習手帳が見つかりません。", "No such passbook."));
        // Stamps and commendations stay under the (now anonymous) learner id: indicator counts do not move.
        var now = clock.GetUtcNow();
        learner.Erase(PassbookNumber.New(), now);
        // A credential names its holder; once the holder is gone nobody should be able to present it.
        foreach (var credential in await db.Credentials.Where(x => x.LearnerId == learner.Id && x.RevokedAt == null).ToListAsync(cancellationToken))
        {
            credential.Revoke("本人の申出により個人情報を削除したため", now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
