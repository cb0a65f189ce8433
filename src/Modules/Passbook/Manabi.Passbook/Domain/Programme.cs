namespace Manabi.Passbook.Domain;

/// <summary>
/// Passbook's own copy of a stamp-rally programme (a Catalog learning opportunity), kept up to date
/// from Catalog's integration events; Passbook never reads Catalog's tables.
/// </summary>
internal sealed class Programme
{
    private Programme() { }

    public Guid OpportunityId { get; private set; }
    public Guid ProviderId { get; private set; }
    public bool StampRallyEligible { get; private set; }
    public decimal CreditsPerSession { get; private set; }
    public bool Published { get; private set; }
    public List<string> Fields { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>New stamps only for published, eligible programmes; stamps already given stay.</summary>
    public bool AcceptsStamps => Published && StampRallyEligible;

    public static Programme From(Guid opportunityId, Guid providerId) => new() { OpportunityId = opportunityId, ProviderId = providerId };

    public void Update(bool eligible, decimal credits, IReadOnlyList<string> fields, DateTimeOffset at)
    {
        StampRallyEligible = eligible;
        CreditsPerSession = credits;
        Fields = [.. fields];
        Published = true;
        UpdatedAt = at;
    }

    public void Withdraw(DateTimeOffset at)
    {
        Published = false;
        UpdatedAt = at;
    }
}

/// <summary>A session of a programme, as Passbook knows it.</summary>
internal sealed class ProgrammeSession
{
    private ProgrammeSession() { }

    public Guid SessionId { get; private set; }
    public Guid OpportunityId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public bool Cancelled { get; private set; }

    /// <summary>Stamps open a little before the start, for learners who arrive early (check-in opens then too).</summary>
    public static readonly TimeSpan StampsOpenBefore = TimeSpan.FromMinutes(15);

    /// <summary>A session that has not begun cannot be attended yet, so it cannot give a stamp.</summary>
    public bool GivesStampsAt(DateTimeOffset now) => now >= StartsAt - StampsOpenBefore;

    public static ProgrammeSession From(Guid sessionId, Guid opportunityId) => new() { SessionId = sessionId, OpportunityId = opportunityId };

    public void Update(DateTimeOffset startsAt, DateTimeOffset endsAt, bool cancelled)
    {
        StartsAt = startsAt;
        EndsAt = endsAt;
        Cancelled = cancelled;
    }
}
