namespace Manabi.Passbook.Features.Stamps.CheckIn;

/// <summary>A learner checks in by sending the code the venue shows (scanned from its QR).</summary>
/// <param name="Code">The whole scanned code, <c>MNBCI2.…</c>.</param>
public sealed record CheckInRequest(string? Code)
{
    internal CheckInCommand ToCommand(string subject) => new(Code, subject);
}
