using FluentValidation;
using Manabi.TalentRegistry.Data;
using Mediator;

namespace Manabi.TalentRegistry.Features.People.ErasePersonPersonalData;

/// <summary>Staff erase a person's data on their request (a counter registration without a login, or a written request).</summary>
internal sealed record ErasePersonPersonalDataCommand(Guid Id) : ICommand;

internal sealed class ErasePersonPersonalDataValidator : AbstractValidator<ErasePersonPersonalDataCommand>
{
    public ErasePersonPersonalDataValidator() => RuleFor(c => c.Id).NotEmpty();
}

internal sealed class ErasePersonPersonalDataHandler(TalentRegistryDbContext db, PersonEraser eraser) : ICommandHandler<ErasePersonPersonalDataCommand>
{
    public async ValueTask<Unit> Handle(ErasePersonPersonalDataCommand command, CancellationToken cancellationToken)
    {
        await eraser.EraseAsync(await PersonAccess.ByIdAsync(db, command.Id, cancellationToken), cancellationToken);
        return Unit.Value;
    }
}
