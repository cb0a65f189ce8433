namespace Manabi.Passbook;

/// <summary>Configuration section <c>Passbook</c>.</summary>
internal sealed class PassbookOptions
{
    public const string Section = "Passbook";

    /// <summary>Base64 secret (at least 32 bytes) that signs the QR payload printed on passbook cards.</summary>
    public string QrSigningKey { get; set; } = "";
}
