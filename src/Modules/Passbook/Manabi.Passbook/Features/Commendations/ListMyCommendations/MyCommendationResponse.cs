using Manabi.Passbook.Contracts;

namespace Manabi.Passbook.Features.Commendations.ListMyCommendations;

/// <summary>A commendation of mine: the level reached, and whether it has been awarded.</summary>
/// <param name="Id">The commendation.</param>
/// <param name="LevelId">The certification level.</param>
/// <param name="LevelName">Its name, e.g. 銅の手帳.</param>
/// <param name="LevelCredits">Credits the level asks for.</param>
/// <param name="Status"><c>Pending</c> (reached, waiting for the ceremony), <c>Awarded</c> or <c>Withdrawn</c>.</param>
/// <param name="ReachedAt">When my credits reached the level.</param>
/// <param name="AwardedOn">The ceremony's date, once awarded.</param>
/// <param name="CredentialId">The verifiable credential that came with the award (see <c>/learners/me/credentials</c>).</param>
public sealed record MyCommendationResponse(Guid Id, Guid LevelId, string LevelName, decimal LevelCredits, CommendationStatus Status,
    DateTimeOffset ReachedAt, DateOnly? AwardedOn, Guid? CredentialId);
