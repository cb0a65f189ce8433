using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Features.Consultations.RecordConsultation;

/// <summary>A consultation at the center.</summary>
/// <param name="HeldAt">When.</param>
/// <param name="Channel">Visit, Phone, Email or Online.</param>
/// <param name="Topic">Learning, Volunteering, GroupActivity, FindingInstructor, Facilities or Other.</param>
/// <param name="PersonId">The registered person it concerned; leave out for an anonymous one.</param>
/// <param name="Outcome">InformationGiven, ReferredToGroup, TurnedIntoNeed, RegisteredAsTalent or FollowUpNeeded (listed until done).</param>
/// <param name="Notes">Notes (no more personal detail than needed).</param>
public sealed record RecordConsultationRequest(
    DateTimeOffset? HeldAt, ConsultationChannel? Channel, ConsultationTopic? Topic, Guid? PersonId, ConsultationOutcome? Outcome, string? Notes)
{
    internal RecordConsultationCommand ToCommand(string staffMember) => new(HeldAt, Channel, Topic, PersonId, Outcome, Notes, staffMember);
}
