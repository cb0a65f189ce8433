using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Domain;

/// <summary>
/// One dated occurrence of a learning opportunity (講座の回). Its id is stable across pushes (stamps
/// and calendar entries refer to it); <see cref="Sequence"/> counts its changes for iCalendar.
/// </summary>
internal sealed class Session
{
    private Session() { }

    public Guid Id { get; private set; }
    public Guid OpportunityId { get; private set; }
    public string ExternalId { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public Guid? VenueId { get; private set; }
    public string? OnlineUrl { get; private set; }
    public int? Capacity { get; private set; }
    public int? SeatsRemaining { get; private set; }
    public SessionStatus Status { get; private set; }
    public int Sequence { get; private set; }
    public int? Participants { get; private set; }
    public DateTimeOffset? HeldReportedAt { get; private set; }

    public static Session Create(Guid opportunityId, SessionContent content, DateTimeOffset now)
    {
        var session = new Session { Id = Guid.CreateVersion7(now), OpportunityId = opportunityId, ExternalId = content.ExternalId };
        session.Apply(content);
        session.Sequence = 0;
        return session;
    }

    /// <summary>Applies the provider's description; true if anything changed.</summary>
    public bool Apply(SessionContent content)
    {
        // A session reported as held stays held: its attendance is a fact the provider cannot un-push.
        var status = Status == SessionStatus.Held ? SessionStatus.Held : content.Status;
        var changed = StartsAt != content.StartsAt || EndsAt != content.EndsAt || VenueId != content.VenueId
            || OnlineUrl != content.OnlineUrl || Capacity != content.Capacity || SeatsRemaining != content.SeatsRemaining
            || Status != status;
        StartsAt = content.StartsAt.ToUniversalTime(); // instants are stored in UTC; shown in Japan time
        EndsAt = content.EndsAt.ToUniversalTime();
        VenueId = content.VenueId;
        OnlineUrl = content.OnlineUrl;
        Capacity = content.Capacity;
        SeatsRemaining = content.SeatsRemaining;
        Status = status;
        if (changed)
        {
            Sequence++;
        }
        return changed;
    }

    /// <summary>A session the provider no longer lists is cancelled, not deleted.</summary>
    public bool Cancel()
    {
        if (Status != SessionStatus.Scheduled)
        {
            return false;
        }
        Status = SessionStatus.Cancelled;
        Sequence++;
        return true;
    }

    public void ReportHeld(int participants, DateTimeOffset now)
    {
        Status = SessionStatus.Held;
        Participants = participants;
        HeldReportedAt = now;
        Sequence++;
    }
}
