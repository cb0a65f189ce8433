using FluentValidation;
using Mediator;

namespace Manabi.TalentRegistry.Features.People.ApplyForRegistration;

/// <summary>A citizen applies with their own login (<paramref name="Subject"/>); staff review the application.</summary>
internal sealed record ApplyForRegistrationCommand(PersonProfileInput Form, string Subject) : ICommand<PersonResponse>;

internal sealed class ApplyForRegistrationValidator : AbstractValidator<ApplyForRegistrationCommand>
{
    public ApplyForRegistrationValidator() => RuleFor(c => c.Form).NotNull(); // the form's own rules run in PersonRegistrar, so errors name its fields as sent
}

internal sealed class ApplyForRegistrationHandler(PersonRegistrar registrar) : ICommandHandler<ApplyForRegistrationCommand, PersonResponse>
{
    public async ValueTask<PersonResponse> Handle(ApplyForRegistrationCommand command, CancellationToken cancellationToken) =>
        await registrar.RegisterAsync(command.Form, command.Subject, isDemo: false, cancellationToken);
}
