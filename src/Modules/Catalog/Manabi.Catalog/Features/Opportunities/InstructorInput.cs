using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Opportunities;

/// <summary>An instructor.</summary>
/// <param name="Name">Name as it should be shown.</param>
/// <param name="Kind">Citizen, business, government or other.</param>
/// <param name="PersonId">The instructor's TalentRegistry person id, when registered.</param>
public sealed record InstructorInput(string? Name, InstructorKind? Kind, Guid? PersonId);
