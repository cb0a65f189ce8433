using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Domain;

/// <summary>
/// Two opportunities of different providers that look like the same thing (similar title,
/// overlapping dates, same venue or field). Raised for staff to review; partners are never blocked.
/// The pair is stored in id order, so it is raised once whichever side changes.
/// </summary>
internal sealed class DuplicateCandidate
{
    private DuplicateCandidate() { }

    public Guid Id { get; private set; }
    public Guid FirstOpportunityId { get; private set; }
    public Guid SecondOpportunityId { get; private set; }
    public double TitleSimilarity { get; private set; }
    public List<string> Reasons { get; private set; } = [];
    public DuplicateVerdict Verdict { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public DateTimeOffset DetectedAt { get; private set; }

    public static DuplicateCandidate Raise(Guid a, Guid b, double similarity, IReadOnlyList<string> reasons, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        FirstOpportunityId = a.CompareTo(b) < 0 ? a : b,
        SecondOpportunityId = a.CompareTo(b) < 0 ? b : a,
        TitleSimilarity = similarity,
        Reasons = [.. reasons],
        Verdict = DuplicateVerdict.Pending,
        DetectedAt = now,
    };

    public void Decide(DuplicateVerdict verdict, string decidedBy, DateTimeOffset now)
    {
        Verdict = verdict;
        DecidedBy = decidedBy;
        DecidedAt = now;
    }
}
