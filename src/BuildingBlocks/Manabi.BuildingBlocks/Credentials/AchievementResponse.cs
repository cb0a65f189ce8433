using System.Text.Json.Serialization;

namespace Manabi.BuildingBlocks.Credentials;

/// <summary>An Open Badges 3.0 <c>Achievement</c>: what a credential certifies, at the address its <c>achievement.id</c> names.</summary>
/// <param name="Context">JSON-LD contexts (VC 2.0 and Open Badges 3.0).</param>
/// <param name="Id">This achievement's URL.</param>
/// <param name="Type">Always <c>["Achievement"]</c>.</param>
/// <param name="Name">Its name, e.g. 銅の手帳.</param>
/// <param name="Description">What it means.</param>
/// <param name="Criteria">How it is earned.</param>
/// <param name="CreditsAvailable">Credits it stands for, when it stands for a fixed number.</param>
public sealed record AchievementResponse(
    [property: JsonPropertyName("@context")] IReadOnlyList<string> Context,
    string Id,
    IReadOnlyList<string> Type,
    string Name,
    string Description,
    AchievementCriteria Criteria,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? CreditsAvailable);

/// <summary>Open Badges 3.0 <c>Criteria</c>.</summary>
/// <param name="Narrative">The criteria in words.</param>
public sealed record AchievementCriteria(string Narrative);
