namespace Manabi.TalentRegistry.Features.Activities.DecideSelfReport;

/// <summary>Staff's decision on a person's own report.</summary>
/// <param name="Approve">true records it (it counts); false rejects it.</param>
/// <param name="Reason">Why it was rejected (required then); the person sees it.</param>
public sealed record DecideSelfReportRequest(bool? Approve, string? Reason)
{
    internal DecideSelfReportCommand ToCommand(Guid id, string decidedBy) => new(id, Approve, Reason, decidedBy);
}
