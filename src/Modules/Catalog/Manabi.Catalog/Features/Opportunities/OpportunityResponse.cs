using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Features.Opportunities;

/// <summary>A learning opportunity with its sessions. Times are given in Japan time (+09:00).</summary>
/// <param name="Id">Catalog id.</param>
/// <param name="ProviderId">Provider id.</param>
/// <param name="ProviderName">Provider name.</param>
/// <param name="ExternalId">The provider's own id.</param>
/// <param name="Kind">Course, lecture, event, festival, forum or delivery lecture.</param>
/// <param name="Title">Title.</param>
/// <param name="TitleKana">Reading of the title.</param>
/// <param name="Description">Description.</param>
/// <param name="Fields">Field codes.</param>
/// <param name="Audiences">Who it is for.</param>
/// <param name="Fee">Fee in yen (null: free of charge).</param>
/// <param name="FeeNote">Notes on the fee.</param>
/// <param name="Capacity">Places in total.</param>
/// <param name="HowToApply">How to apply.</param>
/// <param name="ApplicationDeadline">Last moment to apply.</param>
/// <param name="Instructors">Who teaches.</param>
/// <param name="StampRallyEligible">Attending earns Learn-Chitose passbook stamps.</param>
/// <param name="CreditsPerSession">Credits per attended session.</param>
/// <param name="Status">Draft, published, cancelled or withdrawn.</param>
/// <param name="ModifiedAt">Last change.</param>
/// <param name="Sessions">Sessions, earliest first.</param>
public sealed record OpportunityResponse(
    Guid Id, Guid ProviderId, string ProviderName, string ExternalId, OpportunityKind Kind, string Title, string TitleKana,
    string Description, IReadOnlyList<string> Fields, IReadOnlyList<Audience> Audiences, int? Fee, string? FeeNote,
    int? Capacity, string? HowToApply, DateTimeOffset? ApplicationDeadline, IReadOnlyList<InstructorResponse> Instructors,
    bool StampRallyEligible, decimal CreditsPerSession, OpportunityStatus Status, DateTimeOffset ModifiedAt,
    IReadOnlyList<SessionResponse> Sessions)
{

    internal static OpportunityResponse From(LearningOpportunity o, Provider provider, IReadOnlyDictionary<Guid, Venue> venues) => new(
        o.Id, o.ProviderId, provider.Name, o.ExternalId, o.Kind, o.Title, o.TitleKana, o.Description, o.Fields, o.Audiences,
        o.Fee, o.FeeNote, o.Capacity, o.HowToApply, JapanTime.Of(o.ApplicationDeadline),
        o.Instructors.Select(i => new InstructorResponse(i.Name, i.Kind, i.PersonId)).ToList(),
        o.StampRallyEligible, o.CreditsPerSession, o.Status, JapanTime.Of(o.ModifiedAt),
        o.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.ExternalId)
            .Select(s => SessionResponse.From(s, s.VenueId is { } v ? venues.GetValueOrDefault(v) : null)).ToList());
}

/// <summary>An instructor.</summary>
public sealed record InstructorResponse(string Name, InstructorKind Kind, Guid? PersonId);

/// <summary>One session, in Japan time.</summary>
/// <param name="Id">Session id (stable; passbook stamps refer to it).</param>
/// <param name="ExternalId">The provider's id of the session.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End.</param>
/// <param name="Venue">Where, if in person.</param>
/// <param name="OnlineUrl">Where, if online.</param>
/// <param name="Capacity">Places.</param>
/// <param name="SeatsRemaining">Places still free, if known.</param>
/// <param name="Status">Scheduled, cancelled or held.</param>
/// <param name="Participants">Participants, once held.</param>
public sealed record SessionResponse(
    Guid Id, string ExternalId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, VenueSummary? Venue, string? OnlineUrl,
    int? Capacity, int? SeatsRemaining, SessionStatus Status, int? Participants)
{
    internal static SessionResponse From(Session s, Venue? venue) => new(
        s.Id, s.ExternalId, JapanTime.Of(s.StartsAt), JapanTime.Of(s.EndsAt),
        venue is null ? null : VenueSummary.From(venue), s.OnlineUrl, s.Capacity, s.SeatsRemaining, s.Status, s.Participants);
}

/// <summary>A venue as shown with a session.</summary>
public sealed record VenueSummary(Guid Id, string Name, string Address, string? Area, double? Latitude, double? Longitude)
{
    internal static VenueSummary From(Venue v) => new(v.Id, v.Name, v.Address, v.Area, v.Latitude, v.Longitude);
}
