using Manabi.BuildingBlocks.Credentials;

namespace Manabi.TalentRegistry.Features.Leaders;

/// <summary>What a leader's credential certifies, and the public addresses it names.</summary>
internal static class LeaderCredentials
{
    public const string AchievementKey = "community-leader";

    public static string StatusLists(string baseUrl) => $"{baseUrl}/api/v1/talent/credential-status-lists";

    public static AchievementResponse Achievement(string baseUrl) => new(
        OpenBadgeIssuer.Contexts, $"{baseUrl}/api/v1/talent/achievements/{AchievementKey}", ["Achievement"], "ひと・まちづくりリーダー",
        "ひと・まちづくりリーダー養成講座を修了し、地域の学びとまちづくりを担うリーダーとして認定されたことを証明します。",
        new("養成講座の修了条件（定められた回数以上の出席と、講座が求める場合は実践活動の報告）を満たし、教育委員会が認定すること。"), null);
}
