using System.Globalization;
using System.Threading.RateLimiting;
using Manabi.BuildingBlocks.Http;
using Microsoft.AspNetCore.Mvc;

namespace Manabi.Api.Setup;

/// <summary>Configuration section <c>RateLimiting</c>: requests per window, per caller.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public int AuthenticatedPermitLimit { get; set; } = 1200;
    public int AnonymousPermitLimit { get; set; } = 300;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

internal static class RateLimitingSetup
{
    /// <summary>After <c>UseRateLimiter</c>: every answer tells the caller its quota (IETF RateLimit header fields).</summary>
    public static IApplicationBuilder UseRateLimitHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var quota = context.RequestServices.GetRequiredService<CallerQuota>();
        context.Response.OnStarting(() =>
        {
            quota.WriteHeaders(context);
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>
    /// One fixed window per caller — partner, person, or client address for anonymous calls —
    /// applied after authentication so a forged key id cannot pick its own bucket. Rejections are
    /// 429 problems with <c>Retry-After</c>. Health probes are never limited.
    /// </summary>
    public static void AddManabiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        var quota = new CallerQuota(limits, TimeProvider.System);
        services.AddSingleton(quota);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = quota.Limiter;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limits.Window;
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails { Status = 429, Detail = ProblemTexts.RateLimited.Current },
                });
            };
        });
    }
}
