using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Mediator;
using Microsoft.Extensions.Options;

namespace Manabi.TalentRegistry.Features.People.RenewRegistration;

/// <summary>Staff renew an active or lapsed registration for a new term.</summary>
internal sealed record RenewRegistrationCommand(Guid Id) : ICommand<PersonResponse>;

internal sealed class RenewRegistrationValidator : AbstractValidator<RenewRegistrationCommand>
{
    public RenewRegistrationValidator() => RuleFor(c => c.Id).NotEmpty();
}

internal sealed class RenewRegistrationHandler(TalentRegistryDbContext db, TimeProvider clock, IOptions<TalentOptions> options)
    : ICommandHandler<RenewRegistrationCommand, PersonResponse>
{
    private static readonly Text NotRenewable = new("登録中か登録期限切れの方だけ更新できます。また、更新後の期限はいまの期限より後になります。",
        "Only an active or lapsed registration can be renewed, to a later end than it has.");

    public async ValueTask<PersonResponse> Handle(RenewRegistrationCommand c, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.ByIdAsync(db, c.Id, cancellationToken);
        var now = clock.GetUtcNow();
        if (!person.Renew(RegistrationTerm.EndingFrom(now, options.Value.TermFiscalYearsAfterThis)))
        {
            throw new BusinessRuleException(NotRenewable, "not-renewable");
        }
        db.Publish(new PersonStatusChangedIntegrationEvent(person.Id, person.Status, person.Roles, person.TermEndsOn, now));
        await db.SaveChangesAsync(cancellationToken);
        return PersonResponse.From(person, clock.Today(), withContact: false);
    }
}
