namespace Manabi.BuildingBlocks.Credentials;

/// <summary>
/// Configuration section <c>Credentials</c>: the one key and issuing body behind every credential
/// Manabi issues (Passbook's learning credentials, TalentRegistry's leader certifications), so a
/// verifier needs one JWKS and one issuer profile.
/// </summary>
public sealed class CredentialOptions
{
    public const string Section = "Credentials";

    /// <summary>Base64 PKCS#8 P-256 private key (ES256).</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>Name of the issuing body shown in credentials, e.g. 千歳市教育委員会.</summary>
    public string IssuerName { get; set; } = "";
}
