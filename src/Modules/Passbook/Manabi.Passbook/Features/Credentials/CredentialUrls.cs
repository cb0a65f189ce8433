namespace Manabi.Passbook.Features.Credentials;

/// <summary>
/// The public addresses a credential names. Each one answers a GET, so a verifier can follow
/// the achievement and the status list (the issuer is shared: <see cref="Manabi.BuildingBlocks.Credentials.OpenBadgeIssuer"/>) from the credential itself.
/// </summary>
internal static class CredentialUrls
{
    public const string HistoryAchievementKey = "learning-history";

    public static string Achievement(string baseUrl, string key) => $"{baseUrl}/api/v1/passbook/achievements/{key}";

    public static string StatusLists(string baseUrl) => $"{baseUrl}/api/v1/passbook/credential-status-lists";
}
