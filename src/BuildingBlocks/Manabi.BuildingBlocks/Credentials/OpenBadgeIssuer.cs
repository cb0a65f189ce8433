using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Manabi.BuildingBlocks.Application;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Manabi.BuildingBlocks.Credentials;

/// <summary>What one Open Badges 3.0 credential certifies, and for whom.</summary>
/// <param name="Id">The credential's id (a UUID; the credential is <c>urn:uuid:…</c>).</param>
/// <param name="Achievement">The achievement, as its public address serves it.</param>
/// <param name="Description">What this person did, in words.</param>
/// <param name="SubjectId">The holder's id in the issuing module.</param>
/// <param name="SubjectName">The holder's name as the credential shows it.</param>
/// <param name="CreditsEarned">Credits earned, when the achievement is counted in credits.</param>
/// <param name="StatusLists">The issuing module's status-list address; the list number is appended.</param>
/// <param name="StatusIndex">The credential's place across that module's status lists.</param>
public sealed record OpenBadge(
    Guid Id, AchievementResponse Achievement, string Description, Guid SubjectId, string SubjectName, decimal? CreditsEarned,
    string StatusLists, long StatusIndex);

/// <summary>
/// Builds and signs Open Badges 3.0 credentials (W3C Verifiable Credentials v2,
/// <c>OpenBadgeCredential</c> with an <c>AchievementSubject</c>) and the revocation status lists
/// they point to, for every module that certifies something. One signer, one issuer profile, one
/// JWKS: a verifier checks a leader's certification exactly as a learner's commendation.
/// </summary>
public sealed class OpenBadgeIssuer(CredentialSigner signer, IOptions<CredentialOptions> options, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Contexts =
        ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

    /// <summary>The issuer profile every credential names (<c>issuer.id</c> and the JWT's <c>iss</c>).</summary>
    public static string IssuerUrl(string baseUrl) => $"{baseUrl}/api/v1/credentials/issuer";

    public string IssuerName => options.Value.IssuerName;

    public string Issue(OpenBadge badge, string baseUrl, DateTimeOffset now)
    {
        var (list, position) = StatusList.Locate(badge.StatusIndex);
        var statusList = $"{badge.StatusLists}/{list}";
        var issuer = IssuerUrl(baseUrl);
        var achievement = JsonSerializer.SerializeToNode(badge.Achievement, JsonSerializerOptions.Web)!.AsObject();
        achievement.Remove("@context"); // embedded: the credential's context covers it
        var subject = new JsonObject
        {
            ["id"] = $"urn:uuid:{badge.SubjectId}",
            ["type"] = new JsonArray("AchievementSubject"),
            ["name"] = badge.SubjectName,
        };
        if (badge.CreditsEarned is { } credits)
        {
            subject["creditsEarned"] = credits;
        }
        subject["achievement"] = achievement;
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray([.. Contexts.Select(c => JsonValue.Create(c))]),
            ["id"] = $"urn:uuid:{badge.Id}",
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject { ["id"] = issuer, ["type"] = new JsonArray("Profile"), ["name"] = IssuerName },
            ["name"] = badge.Achievement.Name,
            ["description"] = badge.Description,
            ["credentialSubject"] = subject,
            ["credentialStatus"] = new JsonObject
            {
                ["id"] = $"{statusList}#{position}",
                ["type"] = "BitstringStatusListEntry",
                ["statusPurpose"] = "revocation",
                ["statusListIndex"] = position.ToString(CultureInfo.InvariantCulture),
                ["statusListCredential"] = statusList,
            },
        };
        return signer.Sign(credential, issuer, $"urn:uuid:{badge.Id}", $"urn:uuid:{badge.SubjectId}", now);
    }

    /// <summary>
    /// One of a module's revocation status lists, as a signed <c>BitstringStatusListCredential</c>
    /// (VC-JWT): the credentials whose status index falls in list <paramref name="list"/>, their bits set when revoked.
    /// </summary>
    /// <param name="entries">The module's credentials, as status entries.</param>
    /// <param name="list">Which list (each holds <see cref="StatusList.Size"/> entries).</param>
    /// <param name="statusLists">The module's status-list address; the list number is appended.</param>
    /// <param name="baseUrl">The public base address, for the issuer.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<string> SignStatusListAsync(IQueryable<StatusEntry> entries, long list, string statusLists, string baseUrl,
        CancellationToken cancellationToken)
    {
        var first = list * StatusList.Size;
        var last = first + StatusList.Size;
        var inList = entries.Where(e => e.Index >= first && e.Index < last);
        if (!await inList.AnyAsync(cancellationToken))
        {
            throw new NotFoundException(new Text("この失効リストはありません。", "No such status list."));
        }
        var revoked = await inList.Where(e => e.Revoked).Select(e => e.Index).ToListAsync(cancellationToken);
        var id = $"{statusLists}/{list}";
        var issuer = IssuerUrl(baseUrl);
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = issuer,
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"{id}#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = "revocation",
                ["encodedList"] = StatusList.Encode(revoked.Select(i => StatusList.Locate(i).Position)),
            },
        };
        return signer.Sign(credential, issuer, id, subject: null, clock.GetUtcNow());
    }
}

/// <summary>A credential's place in its module's status lists, and whether it is revoked (a projection, for <see cref="OpenBadgeIssuer.SignStatusListAsync"/>).</summary>
public sealed class StatusEntry
{
    public long Index { get; init; }
    public bool Revoked { get; init; }
}
