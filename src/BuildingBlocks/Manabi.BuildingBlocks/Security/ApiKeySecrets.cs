using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Manabi.BuildingBlocks.Security;

/// <summary>Configuration section <c>Auth:ApiKeys</c>.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Auth:ApiKeys";

    /// <summary>Base64 secret mixed into every stored key hash, so a leaked table alone is useless.</summary>
    public string Pepper { get; set; } = "";

    /// <summary>
    /// How long a verified key is trusted without asking the database again: the longest a
    /// revocation or suspension made on another replica takes to reach this one. Zero turns it off.
    /// </summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Partner API keys look like <c>mnb_k3x9q2w7m4pz_Q2h…</c>: a recognisable prefix (secret
/// scanners and log filters can spot it), a public key id to look the key up by, and a 256-bit
/// secret of which only an HMAC-SHA256 (keyed with the pepper) is stored.
/// </summary>
public sealed class ApiKeySecrets(IOptions<ApiKeyOptions> options)
{
    public const string Prefix = "mnb_";
    private const string KeyIdAlphabet = "abcdefghijkmnpqrstuvwxyz23456789"; // no 0/o/1/l: read aloud safely
    private const int KeyIdLength = 12;

    private readonly byte[] _pepper = Convert.FromBase64String(options.Value.Pepper);

    public (string KeyId, string PlainText, byte[] SecretHash) Generate()
    {
        var keyId = RandomNumberGenerator.GetString(KeyIdAlphabet, KeyIdLength);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (keyId, $"{Prefix}{keyId}_{secret}", Hash(secret));
    }

    public static bool TryParse(string? presented, [NotNullWhen(true)] out string? keyId, [NotNullWhen(true)] out string? secret)
    {
        keyId = secret = null;
        if (presented is null || !presented.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = presented.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator != KeyIdLength || rest.Length - separator - 1 is < 20 or > 100)
        {
            return false;
        }
        keyId = rest[..separator].ToString();
        secret = rest[(separator + 1)..].ToString();
        return true;
    }

    public byte[] Hash(string secret) => HMACSHA256.HashData(_pepper, Encoding.UTF8.GetBytes(secret));

    /// <summary>Constant-time comparison of a presented secret with a stored hash.</summary>
    public bool Matches(string secret, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);
}
