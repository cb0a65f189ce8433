using Manabi.Passbook.Domain;
using Manabi.BuildingBlocks.Credentials;

namespace Manabi.Passbook.Features.Credentials;

/// <summary>The achievements Passbook certifies: each certification level, and the learning history.</summary>
internal static class Achievements
{
    public static AchievementResponse ForLevel(CertificationLevel level, string baseUrl) => new(
        OpenBadgeIssuer.Contexts, CredentialUrls.Achievement(baseUrl, level.Id.ToString()), ["Achievement"], level.Name,
        $"ちとせを学ぶスタンプラリーで {level.Credits:0.#} 単位に達し、表彰されたことを証明します。",
        new($"学習手帳のスタンプで {level.Credits:0.#} 単位を修得すること。"), level.Credits);

    public static AchievementResponse ForHistory(string baseUrl) => new(
        OpenBadgeIssuer.Contexts, CredentialUrls.Achievement(baseUrl, CredentialUrls.HistoryAchievementKey), ["Achievement"], "学習歴の認証",
        "ちとせを学ぶスタンプラリーで学んだ記録（スタンプの数と単位）を証明します。",
        new("学習手帳に記録された、取り消されていないスタンプの単位の合計。"), null);
}
