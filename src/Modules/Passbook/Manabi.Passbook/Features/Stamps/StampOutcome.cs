using Manabi.Passbook.Contracts;

namespace Manabi.Passbook.Features.Stamps;

/// <summary>The stamp, and whether this request created it (false: it already existed).</summary>
/// <param name="StampId">Stamp id.</param>
/// <param name="SessionId">Session.</param>
/// <param name="OpportunityId">Programme.</param>
/// <param name="Credits">Credits it earned.</param>
/// <param name="Method">How it was recorded.</param>
/// <param name="RecordedAt">When.</param>
/// <param name="Created">False when the learner already had this stamp: nothing was added.</param>
public sealed record StampOutcome(Guid StampId, Guid SessionId, Guid OpportunityId, decimal Credits, StampMethod Method, DateTimeOffset RecordedAt, bool Created);
