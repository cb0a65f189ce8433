using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.Needs;

/// <summary>A need and its proposals.</summary>
/// <param name="Id">The need.</param>
/// <param name="Title">What it is.</param>
/// <param name="Requester">Who asks: Board, SchoolCommunityActivity, CitizenGroup or Npo.</param>
/// <param name="RequesterName">Their name.</param>
/// <param name="Role">The role wanted.</param>
/// <param name="Fields">Field codes.</param>
/// <param name="Area">Area of the city.</param>
/// <param name="Dates">The days.</param>
/// <param name="Band">Part of the day.</param>
/// <param name="PeopleNeeded">How many people.</param>
/// <param name="OnlinePossible">Whether it can be done online.</param>
/// <param name="Status">Open, Completed or Cancelled.</param>
/// <param name="Proposals">People proposed, and their answers.</param>
public sealed record NeedResponse(
    Guid Id, string Title, NeedRequester Requester, string RequesterName, TalentRole Role, IReadOnlyList<string> Fields, string? Area,
    IReadOnlyList<DateOnly> Dates, TimeBand Band, int PeopleNeeded, bool OnlinePossible, NeedStatus Status, IReadOnlyList<ProposalResponse> Proposals)
{
    internal static NeedResponse From(Need n) => new(n.Id, n.Title, n.Requester, n.RequesterName, n.Role, n.Fields, n.Area, n.Dates, n.Band,
        n.PeopleNeeded, n.OnlinePossible, n.Status, [.. n.Proposals.OrderBy(p => p.ProposedAt).Select(p => ProposalResponse.From(p, n))]);
}

/// <summary>A person proposed for a need.</summary>
/// <param name="Id">The proposal.</param>
/// <param name="NeedId">The need.</param>
/// <param name="NeedTitle">What the need is.</param>
/// <param name="Dates">Its days.</param>
/// <param name="Band">Its part of the day.</param>
/// <param name="PersonId">Who.</param>
/// <param name="Status">Proposed, Accepted (assigned) or Declined.</param>
/// <param name="ProposedAt">When staff proposed them.</param>
/// <param name="AnsweredAt">When they answered.</param>
public sealed record ProposalResponse(
    Guid Id, Guid NeedId, string NeedTitle, IReadOnlyList<DateOnly> Dates, TimeBand Band, Guid PersonId, ProposalStatus Status,
    DateTimeOffset ProposedAt, DateTimeOffset? AnsweredAt)
{
    internal static ProposalResponse From(Proposal p, Need n) => new(p.Id, n.Id, n.Title, n.Dates, n.Band, p.PersonId, p.Status, p.ProposedAt, p.AnsweredAt);
}
