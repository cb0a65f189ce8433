using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Features.Needs;

/// <summary>
/// A need as the group that asked for it follows it: where it stands and how many people are
/// assigned, never who was proposed or declined (people are reached through the board).
/// </summary>
/// <param name="Id">The need.</param>
/// <param name="Title">What it is.</param>
/// <param name="RequesterName">The group.</param>
/// <param name="Role">The role wanted.</param>
/// <param name="Dates">The days.</param>
/// <param name="Band">Part of the day.</param>
/// <param name="PeopleNeeded">How many people were asked for.</param>
/// <param name="PeopleAssigned">How many accepted and are assigned.</param>
/// <param name="Status">Open, Completed or Cancelled.</param>
/// <param name="StatusText">The same, in words for the group (Japanese).</param>
public sealed record MyNeedResponse(
    Guid Id, string Title, string RequesterName, TalentRole Role, IReadOnlyList<DateOnly> Dates, TimeBand Band, int PeopleNeeded, int PeopleAssigned,
    NeedStatus Status, string StatusText)
{
    internal static MyNeedResponse From(NeedResponse n)
    {
        var assigned = n.Proposals.Count(p => p.Status == ProposalStatus.Accepted);
        var text = n.Status switch
        {
            NeedStatus.Completed => "活動が終わり、完了しました。",
            NeedStatus.Cancelled => "取りやめになりました。",
            _ when assigned >= n.PeopleNeeded => $"{assigned} 人に決まりました。",
            _ when assigned > 0 => $"{n.PeopleNeeded} 人のうち {assigned} 人に決まりました。引き続きお探ししています。",
            _ => "担当者がお引き受けいただける方をお探ししています。",
        };
        return new(n.Id, n.Title, n.RequesterName, n.Role, n.Dates, n.Band, n.PeopleNeeded, assigned, n.Status, text);
    }
}
