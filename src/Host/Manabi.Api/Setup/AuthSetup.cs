using System.Security.Claims;
using System.Text.Encodings.Web;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Manabi.Api.Setup;

/// <summary>Configuration section <c>Auth:Jwt</c>: the city's identity provider.</summary>
public sealed class JwtOptions
{
    public const string Section = "Auth:Jwt";

    /// <summary>OpenID Connect authority; its discovery document supplies the signing keys.</summary>
    public string? Authority { get; set; }

    public string Issuer { get; set; } = "";
    public string Audience { get; set; } = "";

    /// <summary>Base64 symmetric key, for deployments without an authority (and for development).</summary>
    public string? SigningKey { get; set; }

    public SymmetricSecurityKey? SymmetricKey =>
        string.IsNullOrEmpty(SigningKey) ? null : new SymmetricSecurityKey(Convert.FromBase64String(SigningKey));
}

internal static class AuthSetup
{
    public const string ApiKeyScheme = "ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";
    private const string SelectorScheme = "Manabi";

    /// <summary>
    /// The published development secrets (appsettings.Development.json). Anyone can read them, so a
    /// host outside Development refuses to start with them.
    /// </summary>
    public const string DevelopmentJwtSigningKey = "bWFuYWJpLWRldmVsb3BtZW50LW9ubHktc2lnbmluZy1rZXktZG8tbm90LXVzZQ==";
    public const string DevelopmentApiKeyPepper = "bWFuYWJpLWRldmVsb3BtZW50LW9ubHktYXBpLWtleS1wZXBwZXItZG8tbm90LXVzZQ==";
    public const string DevelopmentCredentialKey = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgLzmERkF5xmt9gIlMBthq9hkpeFDezuUa9TwdfANe+IihRANCAAQ7iK375oHyuwpypUnTpjzW5rme0KX2tPGY4WO+lEOQFlKN/Nb6s/czjLuyJSc2mEZnwr5wVzYWuMQelOOtRdtb";
    public const string DevelopmentPassbookQrKey = "bWFuYWJpLWRldmVsb3BtZW50LW9ubHktcGFzc2Jvb2stcXIta2V5LWRvLW5vdC11c2U=";

    private static readonly string[] SymmetricAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512];
    private static readonly string[] AsymmetricAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384,
    ];

    public static void AddManabiAuth(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<JwtOptions>().Bind(builder.Configuration.GetSection(JwtOptions.Section))
            .Validate(jwt => !string.IsNullOrEmpty(jwt.Authority) || !string.IsNullOrEmpty(jwt.SigningKey),
                "Auth:Jwt:Authority (the city's OpenID Connect provider) or Auth:Jwt:SigningKey must be set.")
            .Validate(jwt => string.IsNullOrEmpty(jwt.SigningKey) || Secrets.IsBase64Key(jwt.SigningKey, 32),
                "Auth:Jwt:SigningKey must be a base64 secret of at least 32 bytes.")
            .Validate(jwt => string.IsNullOrEmpty(jwt.Authority) || (Uri.TryCreate(jwt.Authority, UriKind.Absolute, out var authority)
                && (authority.Scheme == Uri.UriSchemeHttps || development)), "Auth:Jwt:Authority must be an absolute https address.")
            .Validate(jwt => !string.IsNullOrWhiteSpace(jwt.Issuer) && !string.IsNullOrWhiteSpace(jwt.Audience), "Auth:Jwt:Issuer and Auth:Jwt:Audience are required.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<JwtOptions>>(new PublishedSecretsCheck(builder.Configuration, development));
        // Read when the first token is checked, after the start-up check has passed: a bad setting is
        // reported with the others instead of failing here alone.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<JwtOptions>>((options, jwtOptions) =>
        {
            var jwt = jwtOptions.Value;
            options.MapInboundClaims = false;
            options.Authority = jwt.Authority;
            options.Audience = jwt.Audience;
            options.RequireHttpsMetadata = !development;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = jwt.SymmetricKey,
                NameClaimType = ManabiClaims.Subject,
                RoleClaimType = ManabiClaims.Role,
                ClockSkew = TimeSpan.FromMinutes(1),
                // RFC 8725 §3.1: accept only the algorithms the key is meant for, never what a token's header asks.
                ValidAlgorithms = jwt.SymmetricKey is null ? AsymmetricAlgorithms : SymmetricAlgorithms,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
            };
        });

        builder.Services.AddAuthentication(SelectorScheme)
            // One default scheme that picks by header, so every endpoint accepts either credential.
            .AddPolicyScheme(SelectorScheme, SelectorScheme, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyHeader) ? ApiKeyScheme : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyScheme, null);
        // AddAuthentication brings ASP.NET Core Data Protection along, for cookies; Manabi has none
        // and protects nothing with it. Its hosted service would still write a key ring into the home
        // directory at every start, which a read-only container (deploy/kubernetes) refuses.
        if (builder.Services.FirstOrDefault(d => d.ImplementationType?.Name == "DataProtectionHostedService") is { } keyRingLoader)
        {
            builder.Services.Remove(keyRingLoader);
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Staff))
            .AddPolicy(Policies.Coordinator, p => p.RequireRole(Roles.Coordinator, Roles.Staff))
            .AddPolicy(Policies.Learner, p => p.RequireRole(Roles.Learner))
            .AddPolicy(Policies.LearnerOrStaff, p => p.RequireRole(Roles.Learner, Roles.Staff))
            .AddPolicy(Policies.Partner, p => p.RequireClaim(ManabiClaims.ProviderId))
            .AddPolicy(Policies.StaffOrPartner, p => p.RequireAssertion(c =>
                c.User.IsInRole(Roles.Staff) || c.User.HasClaim(claim => claim.Type == ManabiClaims.ProviderId)));
    }

    /// <summary>
    /// Outside Development, names every setting that holds one of the published development secrets
    /// (anyone can read them in the repository), so all of them are replaced in one go.
    /// </summary>
    private sealed class PublishedSecretsCheck(IConfiguration configuration, bool development) : IValidateOptions<JwtOptions>
    {
        private static readonly (string Setting, string Value)[] Published =
        [
            ("Auth:Jwt:SigningKey", DevelopmentJwtSigningKey), ("Auth:ApiKeys:Pepper", DevelopmentApiKeyPepper),
            ("Passbook:QrSigningKey", DevelopmentPassbookQrKey), ("Credentials:SigningKey", DevelopmentCredentialKey),
        ];

        public ValidateOptionsResult Validate(string? name, JwtOptions options)
        {
            var published = development ? [] : Published.Where(p => configuration[p.Setting] == p.Value).Select(p => p.Setting).ToList();
            return published.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(
                $"{string.Join(", ", published)}: the published development value is configured outside Development; configure a secret of your own.");
        }
    }
}

/// <summary>
/// Authenticates partner systems by <c>X-Api-Key</c>. Unknown, malformed, revoked and expired keys
/// all fail the same way, so a caller learns nothing about which keys exist.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ISender sender)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[AuthSetup.ApiKeyHeader].ToString();
        if (presented.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }
        if (!ApiKeySecrets.TryParse(presented, out var keyId, out var secret)
            || await sender.Send(new VerifyPartnerApiKeyQuery(keyId, secret), Context.RequestAborted) is not { } partner)
        {
            return AuthenticateResult.Fail("Invalid API key.");
        }
        var identity = new ClaimsIdentity(
            [
                new Claim(ManabiClaims.ProviderId, partner.ProviderId.ToString()),
                new Claim(ManabiClaims.ApiKeyId, partner.KeyId),
                new Claim(ManabiClaims.Subject, $"partner:{partner.ProviderId}"),
            ],
            AuthSetup.ApiKeyScheme, ManabiClaims.Subject, ManabiClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSetup.ApiKeyScheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"ApiKey header=\"{AuthSetup.ApiKeyHeader}\"";
        return Task.CompletedTask;
    }
}

/// <summary>Mints tokens signed with the configured symmetric key: <c>build/dev-token.sh</c> and tests.</summary>
public static class DevTokens
{
    public static string Create(JwtOptions jwt, string role, string subject, TimeSpan lifetime)
    {
        var key = jwt.SymmetricKey ?? throw new InvalidOperationException("Auth:Jwt:SigningKey is not configured.");
        var handler = new JsonWebTokenHandler();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Expires = DateTime.UtcNow.Add(lifetime),
            Claims = new Dictionary<string, object> { [ManabiClaims.Subject] = subject, [ManabiClaims.Role] = role },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    public static int Print(IConfiguration configuration, IHostEnvironment environment, string[] args)
    {
        if (!environment.IsDevelopment())
        {
            Console.Error.WriteLine("dev-token only works with ASPNETCORE_ENVIRONMENT=Development.");
            return 2;
        }
        if (args.Length < 2 || !Roles.All.Contains(args[1]))
        {
            Console.Error.WriteLine($"usage: dev-token ROLE [SUBJECT]   (ROLE: {string.Join(", ", Roles.All)})");
            return 2;
        }
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        var subject = args.Length > 2 ? args[2] : $"dev-{args[1]}";
        Console.WriteLine(Create(jwt, args[1], subject, TimeSpan.FromHours(8)));
        return 0;
    }
}
