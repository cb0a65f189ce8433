using FluentValidation;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Commendations.DefineCertificationLevel;

internal sealed record DefineLevelCommand(string? Name, decimal? Credits) : ICommand<LevelResponse>, ILevelFields;

internal sealed class DefineLevelValidator : AbstractValidator<DefineLevelCommand>
{
    public DefineLevelValidator() => LevelRules.Apply(this);
}

internal sealed class DefineLevelHandler(PassbookDbContext db, TimeProvider clock) : ICommandHandler<DefineLevelCommand, LevelResponse>
{
    public async ValueTask<LevelResponse> Handle(DefineLevelCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var level = CertificationLevel.Define(c.Name!, c.Credits!.Value, now);
        if (await db.Levels.AnyAsync(l => l.Name == level.Name, cancellationToken))
        {
            throw LevelRules.NameTaken();
        }
        db.Levels.Add(level);
        var alreadyThere = await db.Stamps.Where(s => s.VoidedAt == null).GroupBy(s => s.LearnerId)
            .Where(g => g.Sum(s => s.Credits) >= level.Credits).Select(g => g.Key).ToListAsync(cancellationToken);
        db.Commendations.AddRange(alreadyThere.Select(learner => Commendation.Reach(learner, level.Id, now)));
        await db.SaveChangesAsync(cancellationToken);
        return new(level.Id, level.Name, level.Credits);
    }
}
