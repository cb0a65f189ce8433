using Manabi.Catalog.Contracts;
using Manabi.Catalog.Features.Opportunities;

namespace Manabi.Catalog.Features.Push;

/// <summary>A learning opportunity as a provider pushes it (the whole of it: what is left out is cleared).</summary>
/// <param name="Kind">Course, lecture, event, festival, forum or delivery lecture.</param>
/// <param name="Title">Title in Japanese.</param>
/// <param name="TitleKana">Reading of the title in kana.</param>
/// <param name="Description">What it is about (plain text, up to 5,000 characters).</param>
/// <param name="Fields">Field codes from <c>GET /api/v1/catalog/fields</c> (1 to 5).</param>
/// <param name="Audiences">Who it is for.</param>
/// <param name="Fee">Fee in yen; 0 or absent means free of charge.</param>
/// <param name="FeeNote">Notes on the fee (materials, discounts).</param>
/// <param name="Capacity">Places in total, if limited.</param>
/// <param name="HowToApply">How to apply.</param>
/// <param name="ApplicationDeadline">Last moment to apply.</param>
/// <param name="Instructors">Who teaches.</param>
/// <param name="StampRallyEligible">Whether attending earns Learn-Chitose passbook stamps.</param>
/// <param name="CreditsPerSession">Credits per attended session (required when eligible; 0.5 to 10).</param>
/// <param name="BoardBrokered">Brokered by the board of education. Staff only: a partner leaves it out (or repeats the current value), and the current value is kept.</param>
/// <param name="Status">Draft, Published or Cancelled (withdraw with DELETE).</param>
/// <param name="Sessions">Its sessions; a session left out of a later push is cancelled.</param>
public sealed record OpportunityInput(
    OpportunityKind? Kind,
    string? Title,
    string? TitleKana,
    string? Description,
    IReadOnlyList<string>? Fields,
    IReadOnlyList<Audience>? Audiences,
    int? Fee,
    string? FeeNote,
    int? Capacity,
    string? HowToApply,
    DateTimeOffset? ApplicationDeadline,
    IReadOnlyList<InstructorInput>? Instructors,
    bool StampRallyEligible,
    decimal? CreditsPerSession,
    bool? BoardBrokered,
    OpportunityStatus? Status,
    IReadOnlyList<SessionInput>? Sessions);

/// <summary>One session.</summary>
/// <param name="ExternalId">The provider's own id for the session (stable across pushes).</param>
/// <param name="StartsAt">Start, with offset (e.g. 2026-12-01T10:00:00+09:00).</param>
/// <param name="EndsAt">End, after the start.</param>
/// <param name="VenueId">Venue from <c>GET /api/v1/catalog/venues</c>; or give an online URL.</param>
/// <param name="OnlineUrl">https URL of an online session.</param>
/// <param name="Capacity">Places in this session, if limited.</param>
/// <param name="SeatsRemaining">Places still free, if the provider tracks them.</param>
/// <param name="Status">Scheduled or Cancelled.</param>
public sealed record SessionInput(
    string? ExternalId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, Guid? VenueId, string? OnlineUrl,
    int? Capacity, int? SeatsRemaining, SessionStatus? Status);
