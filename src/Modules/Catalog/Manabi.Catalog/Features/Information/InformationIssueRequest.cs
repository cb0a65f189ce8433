using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Information;

/// <summary>Draft an issue, or replace a draft (staff).</summary>
/// <param name="Channel">Newsletter, website or mail magazine.</param>
/// <param name="Title">Title.</param>
/// <param name="IssueDate">Date of issue.</param>
/// <param name="Items">Items (up to 200).</param>
public sealed record InformationIssueRequest(InformationChannel? Channel, string? Title, DateOnly? IssueDate, IReadOnlyList<InformationItemResponse>? Items)
{
    internal SaveInformationIssueCommand ToCommand(Guid? id = null, uint? expectedVersion = null) => new(id, Channel, Title, IssueDate, Items, expectedVersion);
}
