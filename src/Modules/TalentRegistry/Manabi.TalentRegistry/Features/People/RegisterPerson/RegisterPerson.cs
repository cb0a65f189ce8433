using FluentValidation;
using Mediator;

namespace Manabi.TalentRegistry.Features.People.RegisterPerson;

/// <summary>Staff register a person at the counter (no login); the registration still waits for review.</summary>
internal sealed record RegisterPersonCommand(PersonProfileInput Form, bool IsDemo = false) : ICommand<PersonResponse>;

internal sealed class RegisterPersonValidator : AbstractValidator<RegisterPersonCommand>
{
    public RegisterPersonValidator() => RuleFor(c => c.Form).NotNull(); // the form's own rules run in PersonRegistrar, so errors name its fields as sent
}

internal sealed class RegisterPersonHandler(PersonRegistrar registrar) : ICommandHandler<RegisterPersonCommand, PersonResponse>
{
    public async ValueTask<PersonResponse> Handle(RegisterPersonCommand command, CancellationToken cancellationToken) =>
        await registrar.RegisterAsync(command.Form, subject: null, command.IsDemo, cancellationToken);
}
