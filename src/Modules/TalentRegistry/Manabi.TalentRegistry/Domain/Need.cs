using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Domain;

/// <summary>
/// A request for people (コーディネート): from the board, a school–community activity, a citizen
/// group or an NPO. Staff propose people; those who accept are assigned; after the dates the
/// assignments become activity records.
/// </summary>
internal sealed class Need
{
    private Need() { }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public NeedRequester Requester { get; private set; }
    public string RequesterName { get; private set; } = "";
    public TalentRole Role { get; private set; }
    public List<string> Fields { get; private set; } = [];
    public string? Area { get; private set; }
    public List<DateOnly> Dates { get; private set; } = [];
    public TimeBand Band { get; private set; }
    public int PeopleNeeded { get; private set; }
    public bool OnlinePossible { get; private set; }
    public NeedStatus Status { get; private set; }

    /// <summary>The login of the group's representative who asked through the site; null when staff opened it.</summary>
    public string? OwnerSubject { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public bool IsDemo { get; private set; }
    public List<Proposal> Proposals { get; private set; } = [];

    public static Need Open(string title, NeedRequester requester, string requesterName, TalentRole role, IReadOnlyList<string> fields, string? area,
        IReadOnlyList<DateOnly> dates, TimeBand band, int peopleNeeded, bool onlinePossible, DateTimeOffset now, string? ownerSubject = null,
        bool isDemo = false) => new()
    {
        Id = Guid.CreateVersion7(now), Title = title.Trim(), Requester = requester, RequesterName = requesterName.Trim(), Role = role,
        Fields = [.. fields.Distinct(StringComparer.Ordinal)], Area = string.IsNullOrWhiteSpace(area) ? null : area.Trim(),
        Dates = [.. dates.Distinct().Order()], Band = band, PeopleNeeded = peopleNeeded, OnlinePossible = onlinePossible,
        Status = NeedStatus.Open, OwnerSubject = ownerSubject, CreatedAt = now, IsDemo = isDemo,
    };

    /// <summary>Two needs overlap when they share a date in the same part of the day.</summary>
    public bool Overlaps(Need other) => Band == other.Band && Dates.Intersect(other.Dates).Any();

    public Proposal? Propose(Guid personId, DateTimeOffset now)
    {
        if (Status != NeedStatus.Open || Proposals.Any(p => p.PersonId == personId))
        {
            return null;
        }
        var proposal = new Proposal(Guid.CreateVersion7(now), Id, personId, now);
        Proposals.Add(proposal);
        return proposal;
    }

    /// <summary>Closes the need once its last date has passed; what the accepted people did becomes their activity.</summary>
    public bool Complete(DateOnly today)
    {
        if (Status != NeedStatus.Open || Dates.Max() >= today)
        {
            return false;
        }
        Status = NeedStatus.Completed;
        return true;
    }
}

/// <summary>A person proposed for a need, and their answer.</summary>
internal sealed class Proposal
{
    private Proposal() { }

    public Proposal(Guid id, Guid needId, Guid personId, DateTimeOffset proposedAt)
    {
        Id = id;
        NeedId = needId;
        PersonId = personId;
        ProposedAt = proposedAt;
        Status = ProposalStatus.Proposed;
    }

    public Guid Id { get; private set; }
    public Guid NeedId { get; private set; }
    public Guid PersonId { get; private set; }
    public ProposalStatus Status { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool Answer(bool accept, DateTimeOffset now)
    {
        if (Status != ProposalStatus.Proposed)
        {
            return false;
        }
        Status = accept ? ProposalStatus.Accepted : ProposalStatus.Declined;
        AnsweredAt = now;
        return true;
    }
}
