using Manabi.Passbook.Contracts;

namespace Manabi.Passbook.Features.Commendations.ListCommendations;

/// <summary>A commendation, for staff preparing a ceremony.</summary>
public sealed record CommendationResponse(Guid Id, Guid LearnerId, string PassbookHolder, Guid LevelId, string LevelName, decimal LevelCredits,
    CommendationStatus Status, DateTimeOffset ReachedAt, DateOnly? AwardedOn);
