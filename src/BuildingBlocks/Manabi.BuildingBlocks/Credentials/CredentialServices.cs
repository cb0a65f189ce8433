using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Manabi.BuildingBlocks.Credentials;

public static class CredentialServices
{
    public const string StatusListMediaType = "application/vc+jwt";

    public static IServiceCollection AddCredentials(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CredentialOptions>().Bind(configuration.GetSection(CredentialOptions.Section))
            .Validate(o => CredentialSigner.IsSigningKey(o.SigningKey), "Credentials:SigningKey must be a base64 PKCS#8 P-256 private key.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.IssuerName), "Credentials:IssuerName is required.")
            .ValidateOnStart();
        services.AddSingleton(provider => new CredentialSigner(Convert.FromBase64String(
            provider.GetRequiredService<IOptions<CredentialOptions>>().Value.SigningKey)));
        services.AddSingleton<OpenBadgeIssuer>();
        return services;
    }

    /// <summary>A module's revocation status lists (public; cached briefly so a revocation reaches verifiers within minutes).</summary>
    /// <param name="group">The module's group.</param>
    /// <param name="name">The operation's name.</param>
    /// <param name="whose">Whose credentials, for the summary (e.g. "leader credentials").</param>
    /// <param name="query">The module's query for one list.</param>
    public static RouteHandlerBuilder MapCredentialStatusLists<TQuery>(this IEndpointRouteBuilder group, string name, string whose,
        Func<long, string, TQuery> query) where TQuery : IQuery<string> => group
        .MapGet("/credential-status-lists/{list:long:range(0,2147483647)}", async (long list, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=60";
            return Results.Text(await sender.Send(query(list, PublicUrls.BaseUrl(http)), ct), StatusListMediaType);
        })
        .WithName(name)
        .WithSummary($"A revocation status list of {whose} (W3C Bitstring Status List)")
        .WithDescription("Public: the `statusListCredential` a credential's `credentialStatus` names, as a VC-JWT signed with the JWKS key. " +
            "The bit at the credential's `statusListIndex` is 1 when it is revoked.")
        .AllowAnonymous()
        .CachedPublicly(60)
        .Produces<string>(StatusCodes.Status200OK, StatusListMediaType)
        .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The keys (at the well-known address, where verifiers look) and the issuer profile every credential names.</summary>
    public static IEndpointRouteBuilder MapCredentialEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/jwks.json", (CredentialSigner signer, HttpResponse response) =>
            {
                response.Headers.CacheControl = "public, max-age=3600";
                return Results.Ok(new CredentialKeysResponse([signer.PublicJwk()]));
            })
            .WithName("GetCredentialKeys")
            .WithTags("Credentials")
            .WithMetadata(new ModuleMetadata("Credentials"))
            .WithSummary("Public keys that sign Manabi credentials (JWKS)")
            .WithDescription("Verify a credential's VC-JWT (a passbook credential or a leader certification) with the key whose `kid` matches its header.")
            .AllowAnonymous()
            .CachedPublicly(3600)
            .Produces<CredentialKeysResponse>();
        app.MapModuleGroup("credentials", "Credentials")
            .MapGet("/issuer", (HttpContext http, OpenBadgeIssuer issuer) =>
            {
                http.Response.Headers.CacheControl = "public, max-age=3600";
                var baseUrl = PublicUrls.BaseUrl(http);
                return Results.Ok(new IssuerProfileResponse(OpenBadgeIssuer.Contexts, OpenBadgeIssuer.IssuerUrl(baseUrl), ["Profile"], issuer.IssuerName));
            })
            .WithName("GetIssuerProfile")
            .WithSummary("The issuer of Manabi's credentials (Open Badges 3.0 Profile)")
            .WithDescription("Public: what every credential's `issuer.id` points to.")
            .AllowAnonymous()
            .CachedPublicly(3600)
            .Produces<IssuerProfileResponse>();
        return app;
    }
}
