using Manabi.Catalog.Contracts;
using Manabi.Catalog.Features.Opportunities;

namespace Manabi.Catalog.Features.Duplicates.ListDuplicateCandidates;

/// <summary>A possible duplicate with both records, for staff to judge.</summary>
/// <param name="Id">Candidate id.</param>
/// <param name="TitleSimilarity">0–1 similarity of the folded titles.</param>
/// <param name="Reasons">similar-title, overlapping-dates, same-venue, same-field.</param>
/// <param name="Verdict">Pending, Distinct or Same.</param>
/// <param name="First">One opportunity.</param>
/// <param name="Second">The other.</param>
/// <param name="DetectedAt">When it was raised.</param>
/// <param name="DecidedBy">Who judged it.</param>
public sealed record DuplicateCandidateResponse(Guid Id, double TitleSimilarity, IReadOnlyList<string> Reasons, DuplicateVerdict Verdict,
    OpportunityResponse First, OpportunityResponse Second, DateTimeOffset DetectedAt, string? DecidedBy);
