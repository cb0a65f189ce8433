using FluentValidation;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Manabi.TalentRegistry.Features.People;

/// <summary>Registers a person from the form, whoever fills it in (the citizen online, or staff at the counter).</summary>
internal sealed class PersonRegistrar(TalentRegistryDbContext db, ISender sender, FieldCatalog fields, IValidator<PersonProfileInput> validator, TimeProvider clock)
{
    public async Task<PersonResponse> RegisterAsync(PersonProfileInput form, string? subject, bool isDemo, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(form, cancellationToken);
        await fields.RequireKnownAsync(sender, form.Fields, cancellationToken);
        if (subject is not null && await db.People.AnyAsync(p => p.Subject == subject, cancellationToken))
        {
            throw PersonErrors.AlreadyRegistered();
        }
        var now = clock.GetUtcNow();
        var person = Person.Register(form.ToProfile(), form.ToConsent(), subject, now, isDemo);
        db.People.Add(person);
        db.Publish(new PersonRegisteredIntegrationEvent(person.Id, person.Roles, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw PersonErrors.AlreadyRegistered(); // the same login, twice at once
        }
        return PersonResponse.From(person, clock.Today(), withContact: subject is not null);
    }
}
