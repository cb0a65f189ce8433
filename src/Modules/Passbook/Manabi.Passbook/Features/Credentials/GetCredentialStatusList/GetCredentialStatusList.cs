using System.Text.Json.Nodes;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Credentials.GetCredentialStatusList;

/// <summary>One revocation status list, as a signed <c>BitstringStatusListCredential</c> (VC-JWT).</summary>
internal sealed record GetCredentialStatusListQuery(long List, string BaseUrl) : IQuery<string>;

internal sealed class GetCredentialStatusListHandler(PassbookDbContext db, CredentialSigner signer, TimeProvider clock)
    : IQueryHandler<GetCredentialStatusListQuery, string>
{
    public async ValueTask<string> Handle(GetCredentialStatusListQuery q, CancellationToken cancellationToken)
    {
        var first = q.List * StatusList.Size;
        var last = first + StatusList.Size;
        var inList = db.Credentials.AsNoTracking().Where(c => c.StatusIndex >= first && c.StatusIndex < last);
        if (!await inList.AnyAsync(cancellationToken))
        {
            throw new NotFoundException(new Text("この失効リストはありません。", "No such status list."));
        }
        var revoked = await inList.Where(c => c.RevokedAt != null).Select(c => c.StatusIndex!.Value).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var id = CredentialUrls.StatusList(q.BaseUrl, q.List);
        var issuer = CredentialUrls.Issuer(q.BaseUrl);
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
        return signer.Sign(credential, issuer, id, subject: null, now);
    }
}
