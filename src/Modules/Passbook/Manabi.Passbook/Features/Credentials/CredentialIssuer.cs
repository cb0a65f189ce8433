using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Manabi.Passbook.Features.Credentials.GetAchievement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Manabi.Passbook.Features.Credentials;

/// <summary>
/// Builds Open Badges 3.0 credentials (W3C Verifiable Credentials v2, <c>OpenBadgeCredential</c>
/// with an <c>AchievementSubject</c>), signs them and keeps them with the learner. Each takes a
/// place in the revocation status list, which its <c>credentialStatus</c> names.
/// </summary>
internal sealed class CredentialIssuer(PassbookDbContext db, CredentialSigner signer, IOptions<CredentialOptions> options, TimeProvider clock)
{
    public const string CommendationKind = "commendation";
    public const string HistoryKind = "learning-history";

    public Task<Credential> IssueForCommendationAsync(Learner learner, Commendation commendation, CertificationLevel level, decimal creditsEarned,
        string baseUrl, CancellationToken cancellationToken) =>
        IssueAsync(learner, commendation.Id, CommendationKind, baseUrl, Achievements.ForLevel(level, baseUrl),
            $"{level.Name}（{level.Credits:0.#} 単位）に達し、表彰されました。", creditsEarned, cancellationToken);

    public Task<Credential> IssueForHistoryAsync(Learner learner, decimal creditsEarned, int stamps, string baseUrl, CancellationToken cancellationToken) =>
        IssueAsync(learner, null, HistoryKind, baseUrl, Achievements.ForHistory(baseUrl),
            $"ちとせを学ぶスタンプラリーでの学習歴：スタンプ {stamps} 個、{creditsEarned:0.#} 単位。", creditsEarned, cancellationToken);

    private async Task<Credential> IssueAsync(Learner learner, Guid? commendationId, string kind, string baseUrl, AchievementResponse achievement,
        string description, decimal creditsEarned, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Credential.NewId(now);
        var statusIndex = await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('{PassbookModule.Schema}.{PassbookDbContext.CredentialStatusIndexSequence}') AS \"Value\"")
            .SingleAsync(cancellationToken);
        var (list, position) = StatusList.Locate(statusIndex);
        var statusList = CredentialUrls.StatusList(baseUrl, list);
        var issuer = CredentialUrls.Issuer(baseUrl);
        var achievementNode = JsonSerializer.SerializeToNode(achievement, JsonSerializerOptions.Web)!.AsObject();
        achievementNode.Remove("@context"); // embedded: the credential's context covers it
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray([.. Achievements.Contexts.Select(c => JsonValue.Create(c))]),
            ["id"] = $"urn:uuid:{id}",
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject { ["id"] = issuer, ["type"] = new JsonArray("Profile"), ["name"] = options.Value.IssuerName },
            ["name"] = achievement.Name,
            ["description"] = description,
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"urn:uuid:{learner.Id}",
                ["type"] = new JsonArray("AchievementSubject"),
                ["name"] = learner.DisplayName,
                ["creditsEarned"] = creditsEarned,
                ["achievement"] = achievementNode,
            },
            ["credentialStatus"] = new JsonObject
            {
                ["id"] = $"{statusList}#{position}",
                ["type"] = "BitstringStatusListEntry",
                ["statusPurpose"] = "revocation",
                ["statusListIndex"] = position.ToString(CultureInfo.InvariantCulture),
                ["statusListCredential"] = statusList,
            },
        };
        var token = signer.Sign(credential, issuer, $"urn:uuid:{id}", $"urn:uuid:{learner.Id}", now);
        var stored = Credential.Issue(id, learner.Id, commendationId, kind, token, statusIndex, now);
        db.Credentials.Add(stored);
        return stored;
    }
}
