using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.Consultations;

/// <summary>A consultation the center handled.</summary>
/// <param name="Id">The consultation.</param>
/// <param name="HeldAt">When.</param>
/// <param name="Channel">Visit, Phone, Email or Online.</param>
/// <param name="Topic">What it was about.</param>
/// <param name="PersonId">The registered person it concerned; null when anonymous.</param>
/// <param name="Outcome">What came of it.</param>
/// <param name="Notes">Staff's notes.</param>
/// <param name="StaffMember">Who handled it.</param>
/// <param name="AwaitsFollowUp">A follow-up is needed and not yet done.</param>
/// <param name="FollowedUpAt">When the follow-up was done.</param>
public sealed record ConsultationResponse(
    Guid Id, DateTimeOffset HeldAt, ConsultationChannel Channel, ConsultationTopic Topic, Guid? PersonId, ConsultationOutcome Outcome,
    string? Notes, string StaffMember, bool AwaitsFollowUp, DateTimeOffset? FollowedUpAt)
{
    internal static ConsultationResponse From(Consultation c) =>
        new(c.Id, c.HeldAt, c.Channel, c.Topic, c.PersonId, c.Outcome, c.Notes, c.StaffMember, c.AwaitsFollowUp, c.FollowedUpAt);
}
