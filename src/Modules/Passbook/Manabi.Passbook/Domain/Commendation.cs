using Manabi.Passbook.Contracts;

namespace Manabi.Passbook.Domain;

/// <summary>A certification level staff configure: a name and the credits it takes (e.g. 「銀の手帳」, 30).</summary>
internal sealed class CertificationLevel
{
    private CertificationLevel() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public decimal Credits { get; private set; }
    public bool Active { get; private set; }

    public static CertificationLevel Define(string name, decimal credits, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), Name = name.Trim(), Credits = credits, Active = true };

    public void Rename(string name) => Name = name.Trim();

    /// <summary>Changes the credits it takes; only while nobody has reached it, since a commendation names the level as it was.</summary>
    public void ChangeCredits(decimal credits) => Credits = credits;

    /// <summary>A retired level is reached by nobody new; commendations already made for it stay.</summary>
    public void Retire() => Active = false;
}

/// <summary>
/// A commendation (表彰) for reaching a certification level. Created automatically when credits
/// reach the level — no application — awarded at a ceremony, withdrawn if credits fall back. One per
/// learner and level: falling back and climbing again reuses it.
/// </summary>
internal sealed class Commendation
{
    private Commendation() { }

    public Guid Id { get; private set; }
    public Guid LearnerId { get; private set; }
    public Guid LevelId { get; private set; }
    public CommendationStatus Status { get; private set; }
    public DateTimeOffset ReachedAt { get; private set; }
    public DateOnly? AwardedOn { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public static Commendation Reach(Guid learnerId, Guid levelId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), LearnerId = learnerId, LevelId = levelId, Status = CommendationStatus.Pending, ReachedAt = now };

    public bool IsCurrent => Status != CommendationStatus.Withdrawn;

    /// <summary>Credits reached the level again after a withdrawal.</summary>
    public void Reinstate(DateTimeOffset now)
    {
        Status = CommendationStatus.Pending;
        ReachedAt = now;
        WithdrawnAt = null;
        AwardedOn = null;
    }

    public void Withdraw(DateTimeOffset now)
    {
        Status = CommendationStatus.Withdrawn;
        WithdrawnAt = now;
    }

    public bool Award(DateOnly ceremony)
    {
        if (Status != CommendationStatus.Pending)
        {
            return false;
        }
        Status = CommendationStatus.Awarded;
        AwardedOn = ceremony;
        return true;
    }
}
