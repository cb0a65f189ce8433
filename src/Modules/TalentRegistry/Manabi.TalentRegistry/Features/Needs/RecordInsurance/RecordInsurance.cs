using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;

namespace Manabi.TalentRegistry.Features.Needs.RecordInsurance;

/// <summary>Staff record that a person's volunteer insurance covers a fiscal year (to its 31 March).</summary>
internal sealed record RecordInsuranceCommand(Guid PersonId, int? FiscalYear) : ICommand<PersonResponse>;

internal sealed class RecordInsuranceValidator : AbstractValidator<RecordInsuranceCommand>
{
    public RecordInsuranceValidator() => RuleFor(c => c.FiscalYear).NotNull().InclusiveBetween(2000, 2100).Named("保険の年度", "fiscalYear");
}

internal sealed class RecordInsuranceHandler(TalentRegistryDbContext db, TimeProvider clock) : ICommandHandler<RecordInsuranceCommand, PersonResponse>
{
    public async ValueTask<PersonResponse> Handle(RecordInsuranceCommand c, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.ByIdAsync(db, c.PersonId, cancellationToken);
        person.Insure(c.FiscalYear!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return PersonResponse.From(person, clock.Today(), withContact: false);
    }
}
