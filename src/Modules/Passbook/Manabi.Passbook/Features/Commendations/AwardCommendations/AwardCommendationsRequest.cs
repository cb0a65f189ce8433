namespace Manabi.Passbook.Features.Commendations.AwardCommendations;

/// <summary>Record that commendations were given at a ceremony.</summary>
/// <param name="CommendationIds">Pending commendations awarded (1 to 500).</param>
/// <param name="CeremonyDate">Date of the ceremony.</param>
public sealed record AwardCommendationsRequest(IReadOnlyList<Guid>? CommendationIds, DateOnly? CeremonyDate)
{
    internal AwardCommendationsCommand ToCommand(string baseUrl) => new(CommendationIds, CeremonyDate, baseUrl);
}

/// <summary>What the ceremony changed.</summary>
/// <param name="Awarded">Commendations awarded now (those already awarded are not counted again).</param>
public sealed record AwardCommendationsResponse(int Awarded);
