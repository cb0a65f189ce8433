using System.Diagnostics;
using System.Text.RegularExpressions;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Idempotency;
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
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Status ??= context.HttpContext.Response.StatusCode;
            problem.Title = ProblemTexts.Title(problem.Status.Value);
            problem.Type ??= $"https://www.rfc-editor.org/rfc/rfc9110#status.{problem.Status}";
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            problem.Extensions.Remove("exception"); // never leak internals, even in Development
        });
        // Malformed JSON and wrong content types raise exceptions we turn into problems.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
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
            if (!context.Request.Path.StartsWithSegments("/swagger"))
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
                .WithMethods("GET", "POST", "PUT", "DELETE")
                .WithHeaders("Authorization", "Content-Type", "Accept-Language", "If-Match", IdempotencyMiddleware.HeaderName, CorrelationHeader)
                .WithExposedHeaders("ETag", "Location", "Retry-After", IdempotencyMiddleware.ReplayedHeader, CorrelationHeader);
        }));
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SafeCorrelationId();
}
