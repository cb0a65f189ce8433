using System.Globalization;
using System.Threading.RateLimiting;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
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
    /// <summary>
    /// One fixed window per caller — partner, person, or client address for anonymous calls —
    /// applied after authentication so a forged key id cannot pick its own bucket. Rejections are
    /// 429 problems with <c>Retry-After</c>. Health probes are never limited.
    /// </summary>
    public static void AddManabiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.Request.Path.StartsWithSegments("/health"))
                {
                    return RateLimitPartition.GetNoLimiter("health");
                }
                var scope = context.CallerScope();
                var anonymous = scope.StartsWith("ip:", StringComparison.Ordinal);
                return RateLimitPartition.GetFixedWindowLimiter(scope, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = anonymous ? limits.AnonymousPermitLimit : limits.AuthenticatedPermitLimit,
                    Window = limits.Window,
                    QueueLimit = 0,
                });
            });
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
