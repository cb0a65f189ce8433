using System.Text.Json.Serialization;

namespace Manabi.BuildingBlocks.Credentials;

/// <summary>The Open Badges 3.0 <c>Profile</c> of the body that issues Manabi's credentials.</summary>
/// <param name="Context">JSON-LD contexts (VC 2.0 and Open Badges 3.0).</param>
/// <param name="Id">This profile's URL: every credential's <c>issuer.id</c> and JWT <c>iss</c>.</param>
/// <param name="Type">Always <c>["Profile"]</c>.</param>
/// <param name="Name">The issuing body, e.g. 千歳市教育委員会.</param>
public sealed record IssuerProfileResponse(
    [property: JsonPropertyName("@context")] IReadOnlyList<string> Context,
    string Id,
    IReadOnlyList<string> Type,
    string Name);
