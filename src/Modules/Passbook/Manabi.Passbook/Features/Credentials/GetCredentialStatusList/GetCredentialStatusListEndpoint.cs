using Manabi.BuildingBlocks.Credentials;
using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Credentials.GetCredentialStatusList;

internal static class GetCredentialStatusListEndpoint
{
    public static RouteHandlerBuilder MapGetCredentialStatusList(this IEndpointRouteBuilder group) => group
        .MapGet("/credential-status-lists/{list:long:range(0,2147483647)}", async (long list, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            // Short: a revocation should reach verifiers within minutes.
            http.Response.Headers.CacheControl = "public, max-age=60";
            return Results.Text(await sender.Send(new GetCredentialStatusListQuery(list, PublicUrls.BaseUrl(http)), ct), CredentialServices.StatusListMediaType);
        })
        .WithName("GetCredentialStatusList")
        .WithSummary("A revocation status list (W3C Bitstring Status List)")
        .WithDescription("Public: the `statusListCredential` a credential's `credentialStatus` names, as a VC-JWT signed with the JWKS key. " +
            "The bit at the credential's `statusListIndex` is 1 when it is revoked.")
        .AllowAnonymous()
        .CachedPublicly(60)
        .Produces<string>(StatusCodes.Status200OK, CredentialServices.StatusListMediaType)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
