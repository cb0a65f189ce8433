using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Features.Needs.OpenNeed;

/// <summary>A request for people.</summary>
/// <param name="Title">What it is (「子ども自然教室の見守り」).</param>
/// <param name="Requester">Board, SchoolCommunityActivity, CitizenGroup or Npo.</param>
/// <param name="RequesterName">Who asks.</param>
/// <param name="Role">The role wanted.</param>
/// <param name="Fields">Field codes (a top-level one covers its sub-fields).</param>
/// <param name="Area">Area of the city.</param>
/// <param name="Dates">The days (today or later, up to 31).</param>
/// <param name="Band">Morning, Afternoon or Evening.</param>
/// <param name="PeopleNeeded">How many people (1 to 100).</param>
/// <param name="OnlinePossible">Whether it can be done online.</param>
public sealed record OpenNeedRequest(
    string? Title, NeedRequester? Requester, string? RequesterName, TalentRole? Role, IReadOnlyList<string>? Fields, string? Area,
    IReadOnlyList<DateOnly>? Dates, TimeBand? Band, int? PeopleNeeded, bool? OnlinePossible)
{
    internal OpenNeedCommand ToCommand(string? ownerSubject = null) =>
        new(Title, Requester, RequesterName, Role, Fields, Area, Dates, Band, PeopleNeeded, OnlinePossible, ownerSubject);
}
