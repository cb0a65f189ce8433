using FluentValidation;
using Manabi.TalentRegistry.Data;
using Mediator;

namespace Manabi.TalentRegistry.Features.People.EraseMyTalentPersonalData;

/// <summary>The caller asks to be forgotten by the talent register.</summary>
internal sealed record EraseMyTalentPersonalDataCommand(string Subject) : ICommand;

internal sealed class EraseMyTalentPersonalDataValidator : AbstractValidator<EraseMyTalentPersonalDataCommand>
{
    public EraseMyTalentPersonalDataValidator() => RuleFor(c => c.Subject).NotEmpty();
}

internal sealed class EraseMyTalentPersonalDataHandler(TalentRegistryDbContext db, PersonEraser eraser) : ICommandHandler<EraseMyTalentPersonalDataCommand>
{
    public async ValueTask<Unit> Handle(EraseMyTalentPersonalDataCommand command, CancellationToken cancellationToken)
    {
        await eraser.EraseAsync(await PersonAccess.MineAsync(db, command.Subject, cancellationToken), cancellationToken);
        return Unit.Value;
    }
}
