using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Information.DraftDigest;

/// <summary>Draft an issue from the public opportunities whose next session falls in a date range, grouped by field.</summary>
/// <param name="Channel">Newsletter, website or mail magazine.</param>
/// <param name="From">First day (Japan time).</param>
/// <param name="To">Last day (Japan time), at most 92 days after <paramref name="From"/>.</param>
/// <param name="Title">Title of the draft (default: the channel and the range).</param>
public sealed record DraftDigestRequest(InformationChannel? Channel, DateOnly? From, DateOnly? To, string? Title)
{
    internal DraftDigestCommand ToCommand() => new(Channel, From, To, Title);
}
