using Manabi.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Credentials.GetCredentialKeys;

internal static class GetCredentialKeysEndpoint
{
    /// <summary>At the well-known address outside the module's group, where verifiers look for it.</summary>
    public static RouteHandlerBuilder MapGetCredentialKeys(this IEndpointRouteBuilder app) => app
        .MapGet("/.well-known/jwks.json", (CredentialSigner signer, HttpResponse response) =>
        {
            response.Headers.CacheControl = "public, max-age=3600";
            return Results.Ok(new CredentialKeysResponse([signer.PublicJwk()]));
        })
        .WithName("GetCredentialKeys")
        .WithTags(PassbookModule.Name)
        .WithSummary("Public keys that sign Manabi credentials (JWKS)")
        .WithDescription("Verify a credential's VC-JWT with the key whose `kid` matches its header.")
        .AllowAnonymous()
        .CachedPublicly(3600)
        .Produces<CredentialKeysResponse>();
}
