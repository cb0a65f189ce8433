using System.Security.Cryptography;
using System.Text;

namespace Manabi.Passbook.Domain;

/// <summary>
/// The rotating code a venue shows for self check-in: <c>MNBCI2.{sessionId}.{secret}</c>, where the
/// secret is 16 hex digits (64 bits) of an HMAC of the session and the current 30-second step. It
/// is read from a QR code, never typed, so it can be long enough that guessing is hopeless: the
/// 6-digit codes before it could be found by a remote learner trying a few hundred a second. A code is accepted during
/// its step and the one after (so a code read just before it turns still works), and only while the
/// session is open for check-in: from 15 minutes before it starts until 30 minutes after it ends.
/// </summary>
internal sealed class CheckInCode(byte[] key)
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan OpensBefore = ProgrammeSession.StampsOpenBefore;
    public static readonly TimeSpan ClosesAfter = TimeSpan.FromMinutes(30);
    public const int SecretLength = 16;
    private const string Prefix = "MNBCI2";

    /// <summary>Prefix, session id and secret with their dots, and room for the spaces a scanner adds around them.</summary>
    public const int MaxLength = 80;

    public static bool IsOpen(ProgrammeSession session, DateTimeOffset now) =>
        now >= session.StartsAt - OpensBefore && now <= session.EndsAt + ClosesAfter;

    public (string Code, DateTimeOffset ValidUntil) Current(Guid sessionId, DateTimeOffset now)
    {
        var step = StepOf(now);
        return ($"{Prefix}.{sessionId}.{Digits(sessionId, step)}", StartOf(step + 2));
    }

    /// <summary>The session a scanned code names, if the code is well formed (not yet whether it is current).</summary>
    public static bool TryRead(string? code, out Guid sessionId, out string digits)
    {
        sessionId = Guid.Empty;
        digits = "";
        var parts = code?.Trim().Split('.') ?? [];
        if (parts.Length != 3 || parts[0] != Prefix || !Guid.TryParse(parts[1], out sessionId)
            || parts[2].Length != SecretLength || !parts[2].All(char.IsAsciiHexDigitLower))
        {
            return false;
        }
        digits = parts[2];
        return true;
    }

    public bool IsCurrent(Guid sessionId, string digits, DateTimeOffset now)
    {
        var step = StepOf(now);
        return Matches(sessionId, digits, step) || Matches(sessionId, digits, step - 1);
    }

    private bool Matches(Guid sessionId, string digits, long step) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Digits(sessionId, step)), Encoding.ASCII.GetBytes(digits));

    public static long StepOf(DateTimeOffset now) => now.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    public static DateTimeOffset StartOf(long step) => DateTimeOffset.FromUnixTimeSeconds(step * (long)Step.TotalSeconds);

    private string Digits(Guid sessionId, long step)
    {
        var mac = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{sessionId:N}:{step}"));
        return Convert.ToHexStringLower(mac, 0, SecretLength / 2);
    }
}
