using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Manabi.BuildingBlocks.Credentials;

/// <summary>
/// Signs credentials in the JWT form Open Badges 3.0 specifies (§8.2): the credential is the
/// payload, with <c>iss</c>, <c>jti</c>, <c>sub</c> and <c>nbf</c> mirroring its issuer, id, subject and
/// <c>validFrom</c>; the header is <c>typ: JWT</c>, ES256, and a <c>kid</c> that is the key's RFC 7638
/// thumbprint, so it names this key and no other in the published JWKS.
/// </summary>
public sealed class CredentialSigner : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ECDsa _key;

    public CredentialSigner(byte[] pkcs8PrivateKey)
    {
        _key = ECDsa.Create();
        _key.ImportPkcs8PrivateKey(pkcs8PrivateKey, out _);
        if (_key.KeySize != 256)
        {
            throw new InvalidOperationException("Credentials:SigningKey must be a P-256 (ES256) key.");
        }
        var point = _key.ExportParameters(includePrivateParameters: false).Q;
        (X, Y) = (Base64Url.EncodeToString(point.X), Base64Url.EncodeToString(point.Y));
        // RFC 7638: the required members in lexicographic order, no white space.
        KeyId = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{X}\",\"y\":\"{Y}\"}}")));
    }

    /// <summary>True for a base64 PKCS#8 P-256 private key (configuration checks).</summary>
    public static bool IsSigningKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            return false;
        }
        try
        {
            using var key = ECDsa.Create();
            key.ImportPkcs8PrivateKey(buffer.AsSpan(0, written), out _);
            return key.KeySize == 256;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public string KeyId { get; }

    private string X { get; }

    private string Y { get; }

    /// <summary>Sets <c>validFrom</c> and the registered claims here, so they cannot disagree with each other.</summary>
    public string Sign(JsonObject credential, string issuer, string id, string? subject, DateTimeOffset validFrom)
    {
        credential["validFrom"] = validFrom.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        credential["iss"] = issuer;
        credential["jti"] = id;
        if (subject is not null)
        {
            credential["sub"] = subject;
        }
        credential["nbf"] = validFrom.ToUnixTimeSeconds();
        var header = new JsonObject { ["alg"] = "ES256", ["kid"] = KeyId, ["typ"] = "JWT" };
        var signingInput = $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(credential.ToJsonString(Json)))}";
        // .NET signs as r||s (IEEE P1363), which is exactly what JWS ES256 expects.
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    public JsonWebKeyResponse PublicJwk() => new("EC", "P-256", X, Y, KeyId, "sig", "ES256");

    public void Dispose() => _key.Dispose();
}
