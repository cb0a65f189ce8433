namespace Manabi.Passbook;

/// <summary>Configuration section <c>Passbook</c>.</summary>
internal sealed class PassbookOptions
{
    public const string Section = "Passbook";

    /// <summary>Base64 secret (at least 32 bytes) that signs the QR payload printed on passbook cards.</summary>
    public string QrSigningKey { get; set; } = "";
}

/// <summary>Configuration section <c>Passbook:Credentials</c>: signing of verifiable credentials.</summary>
internal sealed class CredentialOptions
{
    public const string Section = "Passbook:Credentials";

    /// <summary>Base64 PKCS#8 P-256 private key (ES256).</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>Name of the issuing body shown in credentials, e.g. 千歳市教育委員会.</summary>
    public string IssuerName { get; set; } = "";
}
