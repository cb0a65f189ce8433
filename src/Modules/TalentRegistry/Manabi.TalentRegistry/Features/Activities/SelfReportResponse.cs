using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.Activities;

/// <summary>A person's own report of an activity.</summary>
/// <param name="Id">The report.</param>
/// <param name="PersonId">Who.</param>
/// <param name="Role">The part they say they played.</param>
/// <param name="Kind">What kind of activity.</param>
/// <param name="Date">When.</param>
/// <param name="Hours">How long.</param>
/// <param name="Reference">The activity's name.</param>
/// <param name="Title">A title.</param>
/// <param name="Status">Pending, Approved (recorded, counted) or Rejected.</param>
/// <param name="Reason">Staff's reason for a rejection.</param>
/// <param name="ReportedAt">When it was reported.</param>
public sealed record SelfReportResponse(Guid Id, Guid PersonId, ActivityRole Role, ActivityKind Kind, DateOnly Date, decimal? Hours, string Reference,
    string? Title, SelfReportStatus Status, string? Reason, DateTimeOffset ReportedAt)
{
    internal static SelfReportResponse From(SelfReport r) =>
        new(r.Id, r.PersonId, r.Role, r.Kind, r.Date, r.Hours, r.Reference, r.Title, r.Status, r.Reason, r.ReportedAt);
}
