using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Manabi.Passbook.Domain;

/// <summary>
/// The rotating code a venue shows for self check-in: <c>MNBCI1.{sessionId}.{6 digits}</c>, where
/// the digits are an HMAC of the session and the current 30-second step. A code is accepted during
/// its step and the one after (so a code read just before it turns still works), and only while the
/// session is open for check-in: from 15 minutes before it starts until 30 minutes after it ends.
/// </summary>
internal sealed class CheckInCode(byte[] key)
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan OpensBefore = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan ClosesAfter = TimeSpan.FromMinutes(30);
    private const string Prefix = "MNBCI1";

    public static bool IsOpen(ProgrammeSession session, DateTimeOffset now) =>
        now >= session.StartsAt - OpensBefore && now <= session.EndsAt + ClosesAfter;

    public (string Code, DateTimeOffset ValidUntil) Current(Guid sessionId, DateTimeOffset now)
    {
        var step = StepOf(now);
        return ($"{Prefix}.{sessionId}.{Digits(sessionId, step)}", DateTimeOffset.FromUnixTimeSeconds((step + 2) * (long)Step.TotalSeconds));
    }

    /// <summary>The session a scanned code names, if the code is well formed (not yet whether it is current).</summary>
    public static bool TryRead(string? code, out Guid sessionId, out string digits)
    {
        sessionId = Guid.Empty;
        digits = "";
        var parts = code?.Trim().Split('.') ?? [];
        if (parts.Length != 3 || parts[0] != Prefix || !Guid.TryParse(parts[1], out sessionId) || parts[2].Length != 6)
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

    private static long StepOf(DateTimeOffset now) => now.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    private string Digits(Guid sessionId, long step)
    {
        var mac = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{sessionId:N}:{step}"));
        var value = (BitConverter.ToUInt32(mac, 0) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }
}
