using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Manabi.Passbook.Features.Credentials.GetCredentialKeys;

namespace Manabi.Passbook.Features.Credentials;

/// <summary>
/// Signs credentials as compact JWS (ES256, <c>typ: vc+jwt</c>) with the configured P-256 key, and
/// publishes its public half as a JWK so anyone can verify a credential with a standard JWT library.
/// </summary>
internal sealed class CredentialSigner : IDisposable
{
    private readonly ECDsa _key;

    public CredentialSigner(byte[] pkcs8PrivateKey, string keyId)
    {
        _key = ECDsa.Create();
        _key.ImportPkcs8PrivateKey(pkcs8PrivateKey, out _);
        if (_key.KeySize != 256)
        {
            throw new InvalidOperationException("Passbook:Credentials:SigningKey must be a P-256 (ES256) key.");
        }
        KeyId = keyId;
    }

    public string KeyId { get; }

    public string Sign(JsonObject payload)
    {
        var header = new JsonObject { ["alg"] = "ES256", ["kid"] = KeyId, ["typ"] = "vc+jwt" };
        var signingInput = $"{Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString(Json)))}";
        // .NET signs as r||s (IEEE P1363), which is exactly what JWS ES256 expects.
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256);
        return $"{signingInput}.{Base64Url(signature)}";
    }

    public JsonWebKeyResponse PublicJwk()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return new JsonWebKeyResponse("EC", "P-256", Base64Url(parameters.Q.X!), Base64Url(parameters.Q.Y!), KeyId, "sig", "ES256");
    }

    public void Dispose() => _key.Dispose();

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
