namespace Manabi.Passbook.Features.Commendations.DefineCertificationLevel;

/// <summary>Define a certification level (staff). Learners already past it are commended at once.</summary>
/// <param name="Name">Name of the level.</param>
/// <param name="Credits">Credits it takes (0.5 to 10,000).</param>
public sealed record DefineCertificationLevelRequest(string? Name, decimal? Credits)
{
    internal DefineLevelCommand ToCommand() => new(Name, Credits);
}
