using Manabi.BuildingBlocks.Credentials;
using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.GetLeaderStatusList;

internal static class GetLeaderStatusListEndpoint
{
    public static RouteHandlerBuilder MapGetLeaderStatusList(this IEndpointRouteBuilder group) => group
        .MapGet("/credential-status-lists/{list:long:range(0,2147483647)}", async (long list, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            // Short: a revocation should reach verifiers within minutes.
            http.Response.Headers.CacheControl = "public, max-age=60";
            return Results.Text(await sender.Send(new GetLeaderStatusListQuery(list, PublicUrls.BaseUrl(http)), ct), CredentialServices.StatusListMediaType);
        })
        .WithName("GetLeaderStatusList")
        .WithSummary("A revocation status list of leader credentials (W3C Bitstring Status List)")
        .WithDescription("Public: the `statusListCredential` a leader credential's `credentialStatus` names, as a VC-JWT signed with the " +
            "JWKS key. The bit at the credential's `statusListIndex` is 1 when it is revoked.")
        .AllowAnonymous()
        .CachedPublicly(60)
        .Produces<string>(StatusCodes.Status200OK, CredentialServices.StatusListMediaType)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
