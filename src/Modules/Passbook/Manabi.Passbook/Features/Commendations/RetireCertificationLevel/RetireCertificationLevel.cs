using FluentValidation;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Commendations.RetireCertificationLevel;

/// <summary>Retire a level: nobody new reaches it; commendations already made stay, pending ones can still be awarded.</summary>
internal sealed record RetireLevelCommand(Guid Id) : ICommand;

internal sealed class RetireLevelValidator : AbstractValidator<RetireLevelCommand>
{
    public RetireLevelValidator() => RuleFor(c => c.Id).NotEmpty().WithName("id");
}

internal sealed class RetireLevelHandler(PassbookDbContext db) : ICommandHandler<RetireLevelCommand>
{
    public async ValueTask<Unit> Handle(RetireLevelCommand c, CancellationToken cancellationToken)
    {
        var level = await db.Levels.SingleOrDefaultAsync(l => l.Id == c.Id, cancellationToken) ?? throw LevelRules.NotFound();
        level.Retire();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
