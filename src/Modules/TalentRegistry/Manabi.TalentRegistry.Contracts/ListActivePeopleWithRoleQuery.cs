using Mediator;

namespace Manabi.TalentRegistry.Contracts;

/// <summary>Active people holding a role, oldest registration first (for modules that pick people, such as a coordinator to commission).</summary>
public sealed record ListActivePeopleWithRoleQuery(TalentRole Role, int Take) : IQuery<IReadOnlyList<Guid>>;
