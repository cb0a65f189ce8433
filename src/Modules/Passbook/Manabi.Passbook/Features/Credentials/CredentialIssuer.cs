using System.Text.Json.Nodes;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Microsoft.Extensions.Options;

namespace Manabi.Passbook.Features.Credentials;

/// <summary>
/// Builds Open Badges 3.0 credentials (W3C Verifiable Credentials v2, <c>OpenBadgeCredential</c>
/// with an <c>AchievementSubject</c>), signs them and keeps them with the learner.
/// </summary>
internal sealed class CredentialIssuer(PassbookDbContext db, CredentialSigner signer, IOptions<CredentialOptions> options, TimeProvider clock)
{
    public const string CommendationKind = "commendation";
    public const string HistoryKind = "learning-history";

    public Credential IssueForCommendation(Learner learner, Commendation commendation, CertificationLevel level, decimal creditsEarned, string baseUrl) =>
        Issue(learner, commendation.Id, CommendationKind, baseUrl, $"{baseUrl}/api/v1/passbook/levels/{level.Id}", level.Name,
            $"ちとせを学ぶスタンプラリーで {level.Credits:0.#} 単位に達し、表彰されました。", level.Credits, creditsEarned,
            $"学習手帳のスタンプで {level.Credits:0.#} 単位を修得すること。");

    public Credential IssueForHistory(Learner learner, decimal creditsEarned, int stamps, string baseUrl) =>
        Issue(learner, null, HistoryKind, baseUrl, $"{baseUrl}/api/v1/passbook/achievements/learning-history", "学習歴の認証",
            $"ちとせを学ぶスタンプラリーでの学習歴：スタンプ {stamps} 個、{creditsEarned:0.#} 単位。", creditsEarned, creditsEarned,
            "学習手帳に記録された、取り消されていないスタンプの単位の合計。");

    private Credential Issue(Learner learner, Guid? commendationId, string kind, string baseUrl, string achievementId, string name,
        string description, decimal creditsAvailable, decimal creditsEarned, string criteria)
    {
        var now = clock.GetUtcNow();
        var id = Credential.NewId(now);
        var issuer = $"{baseUrl}/api/v1/passbook/issuer";
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = $"urn:uuid:{id}",
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject { ["id"] = issuer, ["type"] = new JsonArray("Profile"), ["name"] = options.Value.IssuerName },
            ["validFrom"] = now.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = name,
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"urn:uuid:{learner.Id}",
                ["type"] = new JsonArray("AchievementSubject"),
                ["name"] = learner.DisplayName,
                ["creditsEarned"] = creditsEarned,
                ["achievement"] = new JsonObject
                {
                    ["id"] = achievementId,
                    ["type"] = new JsonArray("Achievement"),
                    ["name"] = name,
                    ["description"] = description,
                    ["criteria"] = new JsonObject { ["narrative"] = criteria },
                    ["creditsAvailable"] = creditsAvailable,
                },
            },
            ["credentialStatus"] = new JsonObject { ["id"] = $"{baseUrl}/api/v1/passbook/credentials/{id}/status", ["type"] = "ManabiCredentialStatus" },
        };
        // VC-JOSE: the credential is the JWT payload; iss/jti/iat/sub mirror it for JWT libraries.
        credential["iss"] = issuer;
        credential["jti"] = $"urn:uuid:{id}";
        credential["sub"] = $"urn:uuid:{learner.Id}";
        credential["iat"] = now.ToUnixTimeSeconds();
        var stored = Credential.Issue(id, learner.Id, commendationId, kind, signer.Sign(credential), now);
        db.Credentials.Add(stored);
        return stored;
    }
}
