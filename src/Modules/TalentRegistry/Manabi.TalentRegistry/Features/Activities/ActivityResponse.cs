using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.Activities;

/// <summary>One person's part in one activity.</summary>
/// <param name="Id">The record.</param>
/// <param name="PersonId">Who.</param>
/// <param name="Role">The part played.</param>
/// <param name="Kind">What kind of activity.</param>
/// <param name="Date">When.</param>
/// <param name="Hours">How long, if known.</param>
/// <param name="Source">How it was reported.</param>
/// <param name="Title">What it was, if known.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Voided">Whether staff voided it (it no longer counts).</param>
/// <param name="VoidReason">Why.</param>
public sealed record ActivityResponse(
    Guid Id, Guid PersonId, ActivityRole Role, ActivityKind Kind, DateOnly Date, decimal? Hours, ActivitySource Source, string? Title,
    DateTimeOffset RecordedAt, bool Voided, string? VoidReason)
{
    internal static ActivityResponse From(ActivityRecord r) =>
        new(r.Id, r.PersonId, r.Role, r.Kind, r.Date, r.Hours, r.Source, r.Title, r.RecordedAt, r.VoidedAt is not null, r.VoidReason);
}
