using Mediator;

namespace Manabi.TalentRegistry.Contracts;

/// <summary>
/// Where registered people stand today, for modules that link to them (Catalog's instructors,
/// coordinators). Unknown ids are left out.
/// </summary>
public sealed record GetPeopleStandingQuery(IReadOnlyList<Guid> PersonIds) : IQuery<IReadOnlyList<PersonStanding>>;

/// <summary>A person's status today (<c>Lapsed</c> once their term has ended) and roles.</summary>
public sealed record PersonStanding(Guid PersonId, PersonStatus Status, IReadOnlyList<TalentRole> Roles);
