using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Duplicates.DecideDuplicateCandidate;

/// <summary>Staff's verdict on a candidate.</summary>
/// <param name="Verdict">Distinct (different things, will not be raised again) or Same.</param>
public sealed record DecideDuplicateCandidateRequest(DuplicateVerdict? Verdict)
{
    internal DecideDuplicateCommand ToCommand(Guid id, string decidedBy) => new(id, Verdict, decidedBy);
}
