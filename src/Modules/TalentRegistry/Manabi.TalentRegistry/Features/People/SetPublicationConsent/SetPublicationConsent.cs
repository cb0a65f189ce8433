using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Data;
using Mediator;

namespace Manabi.TalentRegistry.Features.People.SetPublicationConsent;

/// <summary>The person gives or withdraws consent to the directory showing their public profile; effective at once.</summary>
internal sealed record SetPublicationConsentCommand(string Subject, bool? Publish) : ICommand<PersonResponse>;

internal sealed class SetPublicationConsentValidator : AbstractValidator<SetPublicationConsentCommand>
{
    public SetPublicationConsentValidator() => RuleFor(c => c.Publish).NotNull().Named("公開への同意", "publish");
}

internal sealed class SetPublicationConsentHandler(TalentRegistryDbContext db, TimeProvider clock) : ICommandHandler<SetPublicationConsentCommand, PersonResponse>
{
    public async ValueTask<PersonResponse> Handle(SetPublicationConsentCommand c, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.MineAsync(db, c.Subject, cancellationToken);
        person.ConsentToPublication(c.Publish!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return PersonResponse.From(person, clock.Today(), withContact: true);
    }
}
