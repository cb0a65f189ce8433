using System.Text.Json.Nodes;

namespace Manabi.Catalog.Features.Push;

/// <summary>What happened to one pushed opportunity.</summary>
public enum UpsertStatus
{
    Created,
    Updated,
    Unchanged,
    Rejected,
}

/// <summary>The result for one item of a push.</summary>
/// <param name="ExternalId">The provider's id of the item.</param>
/// <param name="Status">Created, updated, unchanged or rejected.</param>
/// <param name="Id">Catalog id (absent when rejected).</param>
/// <param name="ETag">Current version, for a later <c>If-Match</c>.</param>
/// <param name="Problem">Why it was rejected: an RFC 9457 problem, with <c>errors</c> per field for invalid data.</param>
public sealed record UpsertOutcome(string ExternalId, UpsertStatus Status, Guid? Id, string? ETag, JsonObject? Problem);

/// <summary>
/// An item's outcome and, when rejected, why: the exception becomes a whole problem response for a
/// single push, and the item's problem in a batch.
/// </summary>
internal sealed record PushedItem(UpsertOutcome Outcome, Exception? Rejection = null)
{
    public static PushedItem Rejected(string externalId, Exception rejection) => new(new UpsertOutcome(externalId, UpsertStatus.Rejected, null, null, null), rejection);
}
