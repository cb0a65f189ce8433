using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Domain;

/// <summary>A consultation the exchange center handled (相談対応, 23-3): anonymous, or linked to a registered person.</summary>
internal sealed class Consultation
{
    private Consultation() { }

    public Guid Id { get; private set; }
    public DateTimeOffset HeldAt { get; private set; }
    public ConsultationChannel Channel { get; private set; }
    public ConsultationTopic Topic { get; private set; }
    public Guid? PersonId { get; private set; }
    public ConsultationOutcome Outcome { get; private set; }
    public string? Notes { get; private set; }
    public string StaffMember { get; private set; } = "";
    public DateTimeOffset? FollowedUpAt { get; private set; }
    public bool IsDemo { get; private set; }

    public static Consultation Record(DateTimeOffset heldAt, ConsultationChannel channel, ConsultationTopic topic, Guid? personId,
        ConsultationOutcome outcome, string? notes, string staffMember, DateTimeOffset now, bool isDemo = false) => new()
    {
        Id = Guid.CreateVersion7(now), HeldAt = heldAt.ToUniversalTime(), Channel = channel, Topic = topic, PersonId = personId, Outcome = outcome,
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(), StaffMember = staffMember, IsDemo = isDemo,
    };

    /// <summary>Waiting on the center: a follow-up was needed and has not been done.</summary>
    public bool AwaitsFollowUp => Outcome == ConsultationOutcome.FollowUpNeeded && FollowedUpAt is null;

    public bool CompleteFollowUp(DateTimeOffset now)
    {
        if (!AwaitsFollowUp)
        {
            return false;
        }
        FollowedUpAt = now;
        return true;
    }
}
