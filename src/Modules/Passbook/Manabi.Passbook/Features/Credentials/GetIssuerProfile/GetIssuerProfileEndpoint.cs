using Manabi.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Manabi.Passbook.Features.Credentials.GetIssuerProfile;

internal static class GetIssuerProfileEndpoint
{
    public static RouteHandlerBuilder MapGetIssuerProfile(this IEndpointRouteBuilder group) => group
        .MapGet("/issuer", (HttpContext http, IOptions<CredentialOptions> options) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            var baseUrl = PublicUrls.BaseUrl(http);
            return Results.Ok(new IssuerProfileResponse(Achievements.Contexts, CredentialUrls.Issuer(baseUrl), ["Profile"], options.Value.IssuerName));
        })
        .WithName("GetIssuerProfile")
        .WithSummary("The issuer of Manabi's credentials (Open Badges 3.0 Profile)")
        .WithDescription("Public: what a credential's `issuer.id` points to.")
        .AllowAnonymous()
        .CachedPublicly(3600)
        .Produces<IssuerProfileResponse>();
}
