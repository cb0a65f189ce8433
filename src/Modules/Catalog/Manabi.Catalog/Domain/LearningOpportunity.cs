using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Domain;

/// <summary>
/// A learning opportunity (学習機会) of one provider, keyed by the provider's own identifier, with
/// its sessions. <see cref="ChangeNumber"/> orders every public change for the open-data feed.
/// </summary>
internal sealed class LearningOpportunity
{
    private readonly List<Session> _sessions = [];

    private LearningOpportunity() { }

    public Guid Id { get; private set; }
    public Guid ProviderId { get; private set; }
    public string ExternalId { get; private set; } = "";
    public OpportunityKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string TitleKana { get; private set; } = "";
    public string Description { get; private set; } = "";
    public List<string> Fields { get; private set; } = [];
    public List<Audience> Audiences { get; private set; } = [];
    public int? Fee { get; private set; }
    public string? FeeNote { get; private set; }
    public int? Capacity { get; private set; }
    public string? HowToApply { get; private set; }
    public DateTimeOffset? ApplicationDeadline { get; private set; }
    public List<Instructor> Instructors { get; private set; } = [];
    public bool StampRallyEligible { get; private set; }
    public decimal CreditsPerSession { get; private set; }
    public bool BoardBrokered { get; private set; }
    public OpportunityStatus Status { get; private set; }

    /// <summary>Hash of the content last pushed: an identical push changes nothing.</summary>
    public byte[] ContentHash { get; private set; } = [];

    /// <summary>
    /// Normalized text (NFKC, kana folded) searched by keyword. PostgreSQL derives its n-grams into
    /// the generated column <c>search_grams</c>, which the entity never carries.
    /// </summary>
    public string SearchText { get; private set; } = "";
    public string SearchTitle { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ModifiedAt { get; private set; }
    public long ChangeNumber { get; private set; }

    /// <summary>Counts content changes; with a session's own sequence it makes the iCalendar SEQUENCE.</summary>
    public int Revision { get; private set; }
    public bool IsDemo { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<Session> Sessions => _sessions;

    /// <summary>True once it has ever been published (so a withdrawal is news to others).</summary>
    public bool WasPublished { get; private set; }

    /// <summary>
    /// Set when staff judged it the same as an earlier opportunity of another provider: it then
    /// leaves public search, digests and the feed (the earlier one stays), until staff undo it.
    /// </summary>
    public Guid? DuplicateOf { get; private set; }

    public static LearningOpportunity Create(Guid providerId, string externalId, OpportunityContent content, byte[] hash, DateTimeOffset now, bool isDemo = false)
    {
        var opportunity = new LearningOpportunity
        {
            Id = Guid.CreateVersion7(now),
            ProviderId = providerId,
            ExternalId = externalId,
            CreatedAt = now,
            IsDemo = isDemo,
        };
        opportunity.Apply(content, hash, now);
        return opportunity;
    }

    /// <summary>Applies a push; false (and nothing touched) when the content is identical to the last one.</summary>
    public bool Apply(OpportunityContent content, byte[] hash, DateTimeOffset now)
    {
        if (ContentHash.AsSpan().SequenceEqual(hash) && Status != OpportunityStatus.Withdrawn)
        {
            return false;
        }
        Kind = content.Kind;
        Title = content.Title;
        TitleKana = content.TitleKana;
        Description = content.Description;
        Fields = [.. content.Fields];
        Audiences = [.. content.Audiences];
        Fee = content.Fee;
        FeeNote = content.FeeNote;
        Capacity = content.Capacity;
        HowToApply = content.HowToApply;
        ApplicationDeadline = content.ApplicationDeadline?.ToUniversalTime();
        Instructors = [.. content.Instructors];
        StampRallyEligible = content.StampRallyEligible;
        CreditsPerSession = content.StampRallyEligible ? content.CreditsPerSession : 0;
        BoardBrokered = content.BoardBrokered;
        Status = content.Status;
        WasPublished |= Status == OpportunityStatus.Published;
        ContentHash = hash;
        SearchTitle = JapaneseText.Normalize($"{Title} {TitleKana}");
        SearchText = JapaneseText.Normalize($"{Title} {TitleKana} {Description}");
        ApplySessions(content.Sessions, now);
        ModifiedAt = now;
        Revision++;
        return true;
    }

    private void ApplySessions(IReadOnlyList<SessionContent> pushed, DateTimeOffset now)
    {
        var byKey = _sessions.ToDictionary(s => s.ExternalId, StringComparer.Ordinal);
        foreach (var content in pushed)
        {
            if (byKey.Remove(content.ExternalId, out var existing))
            {
                existing.Apply(content);
            }
            else
            {
                _sessions.Add(Session.Create(Id, content, now));
            }
        }
        foreach (var dropped in byKey.Values)
        {
            dropped.Cancel();
        }
    }

    /// <summary>Withdrawn by its provider: kept as a tombstone so feeds and stamps stay consistent.</summary>
    public bool Withdraw(DateTimeOffset now)
    {
        if (Status == OpportunityStatus.Withdrawn)
        {
            return false;
        }
        Status = OpportunityStatus.Withdrawn;
        ModifiedAt = now;
        Revision++;
        return true;
    }

    public Session? FindSession(Guid sessionId) => _sessions.Find(s => s.Id == sessionId);

    /// <summary>Stamps the change with its place in the feed (assigned in commit order).</summary>
    public void MarkChanged(long changeNumber) => ChangeNumber = changeNumber;

    /// <summary>True when this changes what the public sees.</summary>
    public bool MarkDuplicateOf(Guid? original)
    {
        var changed = DuplicateOf != original;
        DuplicateOf = original;
        return changed;
    }

    public void Touch(DateTimeOffset now) => ModifiedAt = now;
}
