using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Commendations.UpdateCertificationLevel;

internal sealed record UpdateLevelCommand(Guid Id, string? Name, decimal? Credits) : ICommand<LevelResponse>, ILevelFields;

internal sealed class UpdateLevelValidator : AbstractValidator<UpdateLevelCommand>
{
    public UpdateLevelValidator() => LevelRules.Apply(this);
}

internal sealed class UpdateLevelHandler(PassbookDbContext db) : ICommandHandler<UpdateLevelCommand, LevelResponse>
{
    public async ValueTask<LevelResponse> Handle(UpdateLevelCommand c, CancellationToken cancellationToken)
    {
        var level = await db.Levels.SingleOrDefaultAsync(l => l.Id == c.Id, cancellationToken) ?? throw LevelRules.NotFound();
        level.Rename(c.Name!);
        if (await db.Levels.AnyAsync(l => l.Name == level.Name && l.Id != level.Id, cancellationToken))
        {
            throw LevelRules.NameTaken();
        }
        if (c.Credits!.Value != level.Credits)
        {
            if (await db.Commendations.AnyAsync(x => x.LevelId == level.Id, cancellationToken))
            {
                throw new ConflictException(new Text(
                    "この段階に達した人がいるため、単位数は変えられません。新しい段階を作り、この段階は廃止してください。",
                    "Learners have reached this level, so its credits are fixed: define a new level and retire this one."), "level-in-use");
            }
            level.ChangeCredits(c.Credits.Value);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(level.Id, level.Name, level.Credits);
    }
}
