using Manabi.BuildingBlocks.Credentials;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Credentials;

/// <summary>
/// Issues a learner's Open Badges 3.0 credentials (built and signed by the shared
/// <see cref="OpenBadgeIssuer"/>) and keeps them with the learner. Each takes a place in
/// Passbook's revocation status lists, which its <c>credentialStatus</c> names.
/// </summary>
internal sealed class CredentialIssuer(PassbookDbContext db, OpenBadgeIssuer issuer, TimeProvider clock)
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
        var token = issuer.Issue(new OpenBadge(id, achievement, description, learner.Id, learner.DisplayName, creditsEarned,
            CredentialUrls.StatusLists(baseUrl), statusIndex), baseUrl, now);
        var stored = Credential.Issue(id, learner.Id, commendationId, kind, token, statusIndex, now);
        db.Credentials.Add(stored);
        return stored;
    }
}
