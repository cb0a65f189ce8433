using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Mediator;
using Microsoft.Extensions.Options;

namespace Manabi.TalentRegistry.Features.People.ChangePersonStatus;

/// <summary>Staff move a registration on: accept or decline an application, suspend, reinstate or retire a person.</summary>
internal sealed record ChangePersonStatusCommand(Guid Id, PersonStatus? Status, string? Reason) : ICommand<PersonResponse>;

internal sealed class ChangePersonStatusValidator : AbstractValidator<ChangePersonStatusCommand>
{
    public ChangePersonStatusValidator()
    {
        RuleFor(c => c.Status).NotNull().IsInEnum()
            .Must(s => s is PersonStatus.Active or PersonStatus.Declined or PersonStatus.Suspended or PersonStatus.Retired).Named("登録状況", "status")
            .Says("登録状況は Active・Declined・Suspended・Retired のいずれかです（期限切れは更新で戻します）。",
                "status is Active, Declined, Suspended or Retired (a lapsed registration is renewed instead).");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Status is not PersonStatus.Active).MaximumLength(500).Named("理由", "reason");
    }
}

internal sealed class ChangePersonStatusHandler(TalentRegistryDbContext db, TimeProvider clock, IOptions<TalentOptions> options)
    : ICommandHandler<ChangePersonStatusCommand, PersonResponse>
{
    public async ValueTask<PersonResponse> Handle(ChangePersonStatusCommand c, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.ByIdAsync(db, c.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var from = person.StatusOn(clock.Today());
        var moved = c.Status switch
        {
            PersonStatus.Active => person.Status == PersonStatus.Suspended
                ? person.Reinstate()
                : person.Activate(RegistrationTerm.EndingFrom(now, options.Value.TermFiscalYearsAfterThis)),
            PersonStatus.Declined => person.Decline(c.Reason!),
            PersonStatus.Suspended => person.Suspend(c.Reason!),
            _ => person.Retire(c.Reason!),
        };
        if (!moved)
        {
            throw PersonErrors.CannotMove(from, c.Status!.Value);
        }
        db.Publish(new PersonStatusChangedIntegrationEvent(person.Id, person.Status, person.Roles, person.TermEndsOn, now));
        await db.SaveChangesAsync(cancellationToken);
        return PersonResponse.From(person, clock.Today(), withContact: false);
    }
}
