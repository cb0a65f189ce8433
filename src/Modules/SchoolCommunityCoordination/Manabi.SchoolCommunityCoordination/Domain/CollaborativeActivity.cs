using Manabi.SchoolCommunityCoordination.Contracts;

namespace Manabi.SchoolCommunityCoordination.Domain;

/// <summary>
/// A collaborative activity (地域学校協働活動) planned for a school or a district: its kind, whether
/// a coordinator plans and runs it (what 25-2 counts). Its sessions are aggregates of their own: an
/// activity runs for years, and recording one session should not load every one before it.
/// </summary>
internal sealed class CollaborativeActivity
{
    private CollaborativeActivity() { }

    public Guid Id { get; private set; }
    public Guid DistrictId { get; private set; }
    public List<Guid> SchoolIds { get; private set; } = [];
    public CollaborationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public bool CoordinatorRun { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public bool IsDemo { get; private set; }

    public static CollaborativeActivity Plan(Guid districtId, IEnumerable<Guid> schoolIds, CollaborationKind kind, string title, bool coordinatorRun,
        string createdBy, DateTimeOffset now, bool isDemo = false) => new()
    {
        Id = Guid.CreateVersion7(now), DistrictId = districtId, SchoolIds = [.. schoolIds.Distinct()], Kind = kind, Title = title.Trim(),
        CoordinatorRun = coordinatorRun, CreatedBy = createdBy, CreatedAt = now, IsDemo = isDemo,
    };

    public CollaborationSession NewSession(SessionDetails details, DateTimeOffset now)
    {
        var session = new CollaborationSession { Id = Guid.CreateVersion7(now), ActivityId = Id };
        session.Record(details);
        return session;
    }
}

/// <summary>What is recorded of one session.</summary>
internal sealed record SessionDetails(
    DateOnly Date, TimeOnly? StartsAt, TimeOnly? EndsAt, string? Place, CollaborationSessionStatus Status, int Children,
    IReadOnlyList<Guid> RegisteredPersonIds, int UnregisteredHelpers);

/// <summary>
/// One session of an activity. Volunteers who took part are one participation per registered person
/// (a row each, unique in the database) plus a count of helpers who are not registered:
/// 延活動人数 is the two together.
/// </summary>
internal sealed class CollaborationSession
{
    public Guid Id { get; init; }
    public Guid ActivityId { get; init; }
    public DateOnly Date { get; private set; }
    public TimeOnly? StartsAt { get; private set; }
    public TimeOnly? EndsAt { get; private set; }
    public string? Place { get; private set; }
    public CollaborationSessionStatus Status { get; private set; }
    public int Children { get; private set; }
    public int UnregisteredHelpers { get; private set; }
    public List<Participation> Participations { get; private set; } = [];

    /// <summary>Records (or corrects) the session: the participations become exactly the people listed.</summary>
    public void Record(SessionDetails details)
    {
        (Date, StartsAt, EndsAt, Place, Status) = (details.Date, details.StartsAt, details.EndsAt, string.IsNullOrWhiteSpace(details.Place) ? null : details.Place.Trim(), details.Status);
        var held = details.Status == CollaborationSessionStatus.Held;
        Children = held ? details.Children : 0;
        UnregisteredHelpers = held ? details.UnregisteredHelpers : 0;
        var wanted = held ? details.RegisteredPersonIds.ToHashSet() : [];
        Participations.RemoveAll(p => !wanted.Contains(p.PersonId));
        foreach (var personId in wanted.Where(id => Participations.All(p => p.PersonId != id)))
        {
            Participations.Add(new Participation(Id, personId));
        }
    }

    public int VolunteerParticipations => Participations.Count + UnregisteredHelpers;

    /// <summary>Whether recording these details would change nothing (a spreadsheet row uploaded again).</summary>
    public bool Matches(SessionDetails d)
    {
        var held = d.Status == CollaborationSessionStatus.Held;
        return Date == d.Date && StartsAt == d.StartsAt && EndsAt == d.EndsAt && Place == (string.IsNullOrWhiteSpace(d.Place) ? null : d.Place.Trim())
            && Status == d.Status && Children == (held ? d.Children : 0) && UnregisteredHelpers == (held ? d.UnregisteredHelpers : 0)
            && Participations.Select(p => p.PersonId).ToHashSet().SetEquals(held ? d.RegisteredPersonIds : []);
    }
}

/// <summary>A registered volunteer's part in one session.</summary>
internal sealed record Participation(Guid SessionId, Guid PersonId);
