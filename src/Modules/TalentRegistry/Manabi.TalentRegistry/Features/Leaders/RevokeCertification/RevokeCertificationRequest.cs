namespace Manabi.TalentRegistry.Features.Leaders.RevokeCertification;

/// <summary>Why the certification is revoked.</summary>
/// <param name="Reason">Kept with the certification.</param>
public sealed record RevokeCertificationRequest(string? Reason)
{
    internal RevokeCertificationCommand ToCommand(Guid id) => new(id, Reason);
}
