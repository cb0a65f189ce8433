using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Manabi.Catalog.Features.Opportunities;

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
public sealed record UpsertOutcome(string ExternalId, UpsertStatus Status, Guid? Id, string? ETag, JsonObject? Problem)
{
    /// <summary>Why it was rejected, before it is written as a problem: a whole response for a single push, an item's for a batch.</summary>
    [JsonIgnore] internal Exception? Rejection { get; init; }
}
