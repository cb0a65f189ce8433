namespace Manabi.TalentRegistry.Features.Groups.FormLearningGroup;

/// <summary>A group formed after a board course.</summary>
/// <param name="Name">The group's name.</param>
/// <param name="CourseOpportunityId">The board-run or board-brokered course it formed after (a Catalog opportunity id).</param>
/// <param name="FormedOn">When it formed (not before the course's last session).</param>
/// <param name="RepresentativeName">Its representative.</param>
/// <param name="RepresentativeContact">How to reach the representative.</param>
/// <param name="MemberCount">Members (2 or more).</param>
/// <param name="Fields">Field codes from Catalog.</param>
public sealed record FormLearningGroupRequest(
    string? Name, Guid? CourseOpportunityId, DateOnly? FormedOn, string? RepresentativeName, string? RepresentativeContact, int? MemberCount,
    IReadOnlyList<string>? Fields)
{
    internal FormLearningGroupCommand ToCommand() =>
        new(Name, CourseOpportunityId, FormedOn, RepresentativeName, RepresentativeContact, MemberCount, Fields);
}
