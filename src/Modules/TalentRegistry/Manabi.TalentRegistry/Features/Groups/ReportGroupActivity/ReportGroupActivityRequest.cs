namespace Manabi.TalentRegistry.Features.Groups.ReportGroupActivity;

/// <summary>A group's activity report.</summary>
/// <param name="ActivityOn">When the activity (or the last of those reported) took place; its fiscal year is the one it counts in.</param>
/// <param name="Sessions">How many meetings or activities the report covers.</param>
/// <param name="Summary">What the group did.</param>
public sealed record ReportGroupActivityRequest(DateOnly? ActivityOn, int? Sessions, string? Summary)
{
    internal ReportGroupActivityCommand ToCommand(Guid groupId) => new(groupId, ActivityOn, Sessions, Summary);
}
