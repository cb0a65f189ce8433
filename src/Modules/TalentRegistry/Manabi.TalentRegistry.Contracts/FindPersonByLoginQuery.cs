using Mediator;

namespace Manabi.TalentRegistry.Contracts;

/// <summary>The registered person behind a citizen's login, or null: how another module knows who a coordinator's token belongs to.</summary>
public sealed record FindPersonByLoginQuery(string Subject) : IQuery<PersonStanding?>;
