namespace Manabi.Passbook.Features.Commendations.UpdateCertificationLevel;

/// <summary>A level's new name and credits (staff).</summary>
/// <param name="Name">Name of the level.</param>
/// <param name="Credits">Credits it takes (0.5 to 10,000); fixed once anyone has reached the level.</param>
public sealed record UpdateCertificationLevelRequest(string? Name, decimal? Credits)
{
    internal UpdateLevelCommand ToCommand(Guid id) => new(id, Name, Credits);
}
