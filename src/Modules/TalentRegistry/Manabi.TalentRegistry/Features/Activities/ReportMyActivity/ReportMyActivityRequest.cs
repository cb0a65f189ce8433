using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Features.Activities.ReportMyActivity;

/// <summary>An activity the person did.</summary>
/// <param name="Role">The part played.</param>
/// <param name="Kind">What kind of activity.</param>
/// <param name="Date">When (not in the future).</param>
/// <param name="Hours">How long.</param>
/// <param name="Reference">Its name as the organisers call it (「公民館まつり」): with kind and date it names the occurrence.</param>
/// <param name="Title">A longer title.</param>
public sealed record ReportMyActivityRequest(ActivityRole? Role, ActivityKind? Kind, DateOnly? Date, decimal? Hours, string? Reference, string? Title)
{
    internal ReportMyActivityCommand ToCommand(string subject) => new(subject, Role, Kind, Date, Hours, Reference, Title);
}
