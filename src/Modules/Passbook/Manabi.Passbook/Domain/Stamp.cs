using Manabi.Passbook.Contracts;

namespace Manabi.Passbook.Domain;

/// <summary>
/// A stamp (スタンプ): one learner attended one session of a stamp-rally programme and earned its
/// credits. At most one per learner and session — the database enforces it.
/// </summary>
internal sealed class Stamp
{
    private Stamp() { }

    public Guid Id { get; private set; }
    public Guid LearnerId { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid OpportunityId { get; private set; }
    public Guid ProviderId { get; private set; }
    public decimal Credits { get; private set; }
    public StampMethod Method { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? VoidedAt { get; private set; }
    public string? VoidReason { get; private set; }
    public string? VoidedBy { get; private set; }

    public bool Counts => VoidedAt is null;

    /// <summary>Voided by staff or the issuing provider; the stamp stays as the audit trail, its credits stop counting.</summary>
    public bool Void(string reason, string by, DateTimeOffset now)
    {
        if (VoidedAt is not null)
        {
            return false;
        }
        VoidedAt = now;
        VoidReason = reason.Trim();
        VoidedBy = by;
        return true;
    }

    public static Stamp Record(Guid learnerId, ProgrammeSession session, Programme programme, StampMethod method, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        LearnerId = learnerId,
        SessionId = session.SessionId,
        OpportunityId = programme.OpportunityId,
        ProviderId = programme.ProviderId,
        Credits = programme.CreditsPerSession,
        Method = method,
        RecordedBy = recordedBy,
        RecordedAt = now,
    };
}
