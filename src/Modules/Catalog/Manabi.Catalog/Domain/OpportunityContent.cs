using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Domain;

/// <summary>Everything a provider says about a learning opportunity, already validated and normalized.</summary>
internal sealed record OpportunityContent(
    OpportunityKind Kind,
    string Title,
    string TitleKana,
    string Description,
    IReadOnlyList<string> Fields,
    IReadOnlyList<Audience> Audiences,
    int? Fee,
    string? FeeNote,
    int? Capacity,
    string? HowToApply,
    DateTimeOffset? ApplicationDeadline,
    IReadOnlyList<Instructor> Instructors,
    bool StampRallyEligible,
    decimal CreditsPerSession,
    bool BoardBrokered,
    OpportunityStatus Status,
    IReadOnlyList<SessionContent> Sessions);

/// <summary>One session as the provider describes it; <c>ExternalId</c> is the provider's key for it.</summary>
internal sealed record SessionContent(
    string ExternalId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, Guid? VenueId, string? OnlineUrl,
    int? Capacity, int? SeatsRemaining, SessionStatus Status);

/// <summary>An instructor: a name, where they come from, and their TalentRegistry person id when known.</summary>
internal sealed record Instructor(string Name, InstructorKind Kind, Guid? PersonId);
