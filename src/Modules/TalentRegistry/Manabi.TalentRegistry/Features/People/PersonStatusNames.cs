using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Features.People;

/// <summary>Registration states as staff and citizens call them.</summary>
internal static class PersonStatusNames
{
    public static string Ja(PersonStatus status) => status switch
    {
        PersonStatus.Applied => "審査待ち",
        PersonStatus.Active => "登録中",
        PersonStatus.Declined => "登録見送り",
        PersonStatus.Suspended => "一時停止",
        PersonStatus.Retired => "登録終了",
        PersonStatus.Lapsed => "登録期限切れ",
        _ => status.ToString(),
    };
}
