using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using IPNetwork = System.Net.IPNetwork;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Idempotency;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Serilog.Context;

namespace Manabi.Api.Setup;

internal static partial class HttpPipelineSetup
{
    public const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>
    /// Every error path answers RFC 9457 problem details with a <c>traceId</c>, a localized title,
    /// and never a stack trace.
    /// </summary>
    public static void AddManabiProblemDetails(this IServiceCollection services)
    {
        // First, so it is the writer the problem service picks for every request.
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails();
        // Malformed JSON and wrong content types raise exceptions we turn into problems.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
    }

    /// <summary>
    /// The public address (required outside Development), the body limit, and the proxies whose
    /// forwarded headers are believed.
    /// </summary>
    public static void AddManabiHttp(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<PublicHttpOptions>().Bind(builder.Configuration.GetSection(PublicHttpOptions.Section))
            .Validate(o => o.PublicBaseUrl is null ? development : PublicHttpOptions.IsValidBaseUrl(o.PublicBaseUrl),
                "Http:PublicBaseUrl must be the absolute http(s) address clients use (no query or fragment); it is required outside Development.")
            .Validate(o => o.TrustedProxies.All(p => IPAddress.TryParse(p, out _)), "Http:TrustedProxies must be IP addresses.")
            .Validate(o => o.TrustedNetworks.All(n => IPNetwork.TryParse(n, out _)), "Http:TrustedNetworks must be CIDR networks such as 10.0.0.0/8.")
            .ValidateOnStart();
        var http = builder.Configuration.GetSection(PublicHttpOptions.Section).Get<PublicHttpOptions>() ?? new PublicHttpOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = http.MaxRequestBodyBytes;
        });
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in http.TrustedProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    options.KnownProxies.Add(address);
                }
            }
            foreach (var network in http.TrustedNetworks)
            {
                if (IPNetwork.TryParse(network, out var parsed))
                {
                    options.KnownIPNetworks.Add(parsed);
                }
            }
        });
    }

    /// <summary>
    /// The client's address as a trusted proxy saw it. Without trusted proxies no forwarded header is
    /// believed at all (the framework would believe anyone given empty lists), so a client cannot pick
    /// its own address for rate limits.
    /// </summary>
    public static IApplicationBuilder UseTrustedForwardedHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count + options.KnownIPNetworks.Count == 0 ? app : app.UseForwardedHeaders();
    }

    /// <summary>
    /// Carries the caller's <c>X-Correlation-Id</c> (or the trace id) into the response and every
    /// log line of the request.
    /// </summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var presented = context.Request.Headers[CorrelationHeader].ToString();
        var correlationId = SafeCorrelationId().IsMatch(presented)
            ? presented
            : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.Response.Headers[CorrelationHeader] = correlationId;
        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
        }
    });

    /// <summary>Headers that make API responses inert in a browser; Swagger UI needs its scripts.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Resource-Policy"] = "same-site";
            // A page that sets its own policy (the dashboard) keeps it; every other answer runs nothing.
            if (!context.Request.Path.StartsWithSegments("/swagger") && !headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            }
            // Answers to authenticated callers are personal or partner-private: never cache them.
            if (context.User.Identity?.IsAuthenticated == true && !headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        await next(context);
    });

    public static void AddManabiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            // No configured origin means no cross-origin browser access at all.
            policy.WithOrigins(origins)
                .WithMethods("GET", "HEAD", "POST", "PUT", "DELETE")
                .WithHeaders("Authorization", "Content-Type", "Accept-Language", "If-Match", IdempotencyMiddleware.HeaderName, CorrelationHeader)
                // A frontend reads these from script: the version to send back, and its rate-limit quota.
                .WithExposedHeaders("ETag", "Location", "Retry-After", IdempotencyMiddleware.ReplayedHeader, CorrelationHeader,
                    "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
        }));
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SafeCorrelationId();
}
