namespace Manabi.Passbook.Features.Credentials;

/// <summary>
/// The public addresses a credential names. Each one answers a GET, so a verifier can follow
/// the issuer, the achievement and the status list from the credential itself.
/// </summary>
internal static class CredentialUrls
{
    public const string HistoryAchievementKey = "learning-history";

    public static string Issuer(string baseUrl) => $"{baseUrl}/api/v1/passbook/issuer";

    public static string Achievement(string baseUrl, string key) => $"{baseUrl}/api/v1/passbook/achievements/{key}";

    public static string StatusList(string baseUrl, long list) => $"{baseUrl}/api/v1/passbook/credential-status-lists/{list}";
}
